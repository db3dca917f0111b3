/**
 * A ForceAtlas2 layout computed in-process for exports (`--layout`): seeded random start,
 * settings inferred from the graph size (Barnes–Hut above ~2,000 nodes), an iteration count that
 * shrinks with size so large networks still finish in seconds. The app lays out interactively
 * in a web worker instead.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

import { seededRandom } from './seededRandom';

/** ForceAtlas2 above this many edges takes minutes; the export is written without positions. */
export const LAYOUT_MAX_EDGES = 2_000_000;

export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

export function layoutIterations(nodes: number, edges: number): number {
  return Math.round(Math.min(500, Math.max(50, 2e7 / Math.max(1, nodes + edges))));
}

export function staticLayout(graph: Graph, seed: number): { positions: Positions; iterations: number } {
  const random = seededRandom(seed);
  const n = graph.order;
  const spread = Math.sqrt(Math.max(1, n)) * 10;
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  });
  const iterations = layoutIterations(n, graph.size);
  forceAtlas2.assign(graph, { iterations, getEdgeWeight: 'weight', settings: forceAtlas2.inferSettings(graph) });
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  graph.forEachNode((node, attrs) => {
    const i = Number(node);
    x[i] = Number.isFinite(attrs.x) ? (attrs.x as number) : 0;
    y[i] = Number.isFinite(attrs.y) ? (attrs.y as number) : 0;
  });
  return { positions: { x, y }, iterations };
}
