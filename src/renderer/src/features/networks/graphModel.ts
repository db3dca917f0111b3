/**
 * The network view's graph model, following Gephi Lite: a canonical graph built once from the
 * server's view (topology + attributes + positions), and a render graph derived from it by the
 * filters and the appearance. Appearance and filters are inputs to the derivation, never writes
 * into the canonical data; transient highlights (hover, search) are sigma reducers.
 * Pure functions over graphology — no React, no DOM — so they are unit-tested in Node.
 */
import Graph from 'graphology';

import type { NetworkView, NodeType } from '../../../../shared/domain/network';

export interface NodeData {
  label: string;
  /** Not `type`: sigma reads `type` as the name of the program that draws the node. */
  nodeType: NodeType;
  posts: number;
  degree: number;
  weightedDegree: number;
  pagerank: number | null;
  betweenness: number | null;
  community: number | null;
  x: number;
  y: number;
  /** Appearance, set on the derived render graph only (appearance.ts). */
  size?: number;
  color?: string;
}

export interface EdgeData {
  weight: number;
  size?: number;
  color?: string;
}

export type CanonicalGraph = Graph<NodeData, EdgeData>;

/** mulberry32: seeded starting positions, so the same network always starts from the same layout. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function canonicalGraph(view: NetworkView, positions?: ReadonlyMap<string, { x: number; y: number }>): CanonicalGraph {
  const graph: CanonicalGraph = new Graph({ type: view.summary.directed ? 'directed' : 'undirected', allowSelfLoops: true });
  const random = seeded(view.nodes.length);
  const spread = Math.sqrt(Math.max(1, view.nodes.length)) * 10;
  for (const n of view.nodes) {
    const p = positions?.get(n.id);
    graph.addNode(n.id, {
      label: n.label,
      nodeType: n.type,
      posts: n.posts,
      degree: n.degree,
      weightedDegree: n.weightedDegree,
      pagerank: n.pagerank,
      betweenness: n.betweenness,
      community: n.community,
      x: p?.x ?? (random() - 0.5) * spread,
      y: p?.y ?? (random() - 0.5) * spread,
    });
  }
  for (const [s, t, w] of view.edges) graph.addEdge(view.nodes[s]!.id, view.nodes[t]!.id, { weight: w });
  return graph;
}

export interface GraphFilters {
  /** Hide edges lighter than this. */
  minWeight: number;
  /** Hide nodes with fewer edges than this (counted in the shown graph after the weight filter). */
  minDegree: number;
  /** Keep the k-core (0 = off). */
  kCore: number;
  largestComponent: boolean;
  /** Show one community only (null = all). */
  community: number | null;
}

export const NO_FILTERS: GraphFilters = { minWeight: 1, minDegree: 0, kCore: 0, largestComponent: false, community: null };

/** Node degrees ignoring direction and self-loops, over the given node set and edges. */
function neighbourSets(graph: CanonicalGraph, keep: Set<string>, minWeight: number): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const n of keep) adj.set(n, new Set());
  graph.forEachEdge((_e, attrs, s, t) => {
    if (attrs.weight < minWeight || s === t || !keep.has(s) || !keep.has(t)) return;
    adj.get(s)!.add(t);
    adj.get(t)!.add(s);
  });
  return adj;
}

/** Nodes of the k-core: repeatedly remove nodes with fewer than k neighbours. */
export function kCoreNodes(adj: Map<string, Set<string>>, k: number): Set<string> {
  const degree = new Map<string, number>();
  const queue: string[] = [];
  for (const [n, set] of adj) {
    degree.set(n, set.size);
    if (set.size < k) queue.push(n);
  }
  const removed = new Set<string>();
  while (queue.length) {
    const n = queue.pop()!;
    if (removed.has(n)) continue;
    removed.add(n);
    for (const m of adj.get(n)!) {
      if (removed.has(m)) continue;
      const d = degree.get(m)! - 1;
      degree.set(m, d);
      if (d < k) queue.push(m);
    }
  }
  return new Set([...adj.keys()].filter((n) => !removed.has(n)));
}

/** Nodes of the largest connected component (ties: the one whose first node comes first). */
export function largestComponentNodes(adj: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  let best: string[] = [];
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++) {
      for (const m of adj.get(component[i]!)!) {
        if (!seen.has(m)) {
          seen.add(m);
          component.push(m);
        }
      }
    }
    if (component.length > best.length) best = component;
  }
  return new Set(best);
}

/** The node set and edges that pass the filters, in the order: community, weight, degree, k-core, component. */
export function filteredNodes(graph: CanonicalGraph, f: GraphFilters): Set<string> {
  let keep = new Set<string>();
  graph.forEachNode((n, a) => {
    if (f.community === null || a.community === f.community) keep.add(n);
  });
  let adj = neighbourSets(graph, keep, f.minWeight);
  const weightFiltered = f.minWeight > 1;
  if (f.minDegree > 0 || weightFiltered) {
    // A node that lost every edge to the weight filter goes too (unless no filter asks for edges).
    keep = new Set([...keep].filter((n) => adj.get(n)!.size >= Math.max(f.minDegree, weightFiltered ? 1 : 0)));
    adj = neighbourSets(graph, keep, f.minWeight);
  }
  if (f.kCore > 0) {
    keep = kCoreNodes(adj, f.kCore);
    adj = neighbourSets(graph, keep, f.minWeight);
  }
  if (f.largestComponent) keep = largestComponentNodes(adj);
  return keep;
}

/** A new graph with the filtered nodes and edges; attributes are copied, positions included. */
export function deriveRenderGraph(graph: CanonicalGraph, f: GraphFilters): CanonicalGraph {
  const keep = filteredNodes(graph, f);
  const out: CanonicalGraph = new Graph({ type: graph.type, allowSelfLoops: true });
  graph.forEachNode((n, a) => {
    if (keep.has(n)) out.addNode(n, { ...a });
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (a.weight >= f.minWeight && keep.has(s) && keep.has(t)) out.addEdge(s, t, { ...a });
  });
  return out;
}
