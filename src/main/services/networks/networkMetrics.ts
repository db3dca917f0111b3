/**
 * Node metrics for a built network: PageRank (weighted, graphology-metrics), betweenness
 * (graphology-metrics exactly on small graphs, sampled Brandes above a work budget — said so in
 * the output) and Louvain communities (graphology-communities-louvain, seeded, with resolution;
 * numbered by size, 0 = largest). Degree and weighted degree are computed for every network
 * elsewhere (degrees.ts). Graphs above METRICS_MAX_EDGES skip these metrics with a reason, since
 * a graphology graph costs ~400 bytes per edge.
 */
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';

import type { MetricsInfo } from '../../../shared/domain/network';
import type { Edges } from './edgeList';
import { sampleSources, sampledBetweenness } from './sampledBetweenness';
import { seededRandom } from './seededRandom';
import { toGraph } from './toGraph';

export const METRICS_MAX_EDGES = 3_000_000;
/** Brandes work ≈ sources × (nodes + edges); above this budget sources are sampled. */
export const BETWEENNESS_BUDGET = 3e8;
export const PAGERANK_ALPHA = 0.85;

export interface ComputedMetrics {
  pagerank: Float64Array | null;
  betweenness: Float64Array | null;
  community: Int32Array | null;
  info: MetricsInfo;
}

export interface MetricsOptions {
  resolution: number;
  seed: number;
  /** Reuse a graph already built for the layout. */
  graph?: Graph;
  /** Override BETWEENNESS_BUDGET (tests). */
  betweennessBudget?: number;
  onProgress?: (fraction: number, message: string) => void;
}

export function computeMetrics(nodeCount: number, edges: Edges, directed: boolean, options: MetricsOptions): ComputedMetrics {
  const m = edges.src.length;
  const info: MetricsInfo = {
    columns: ['degree', 'weightedDegree'],
    betweenness: { method: 'skipped', samples: null, note: '' },
    pagerank: null,
    communities: null,
    skipped: [],
  };
  if (m > METRICS_MAX_EDGES) {
    const why = `network has ${m.toLocaleString('en-US')} edges (limit ${METRICS_MAX_EDGES.toLocaleString('en-US')}); narrow it with --max-group, --min-weight or --backbone`;
    info.skipped.push(`PageRank, betweenness and communities skipped: ${why}`);
    info.betweenness.note = 'skipped: network too large';
    return { pagerank: null, betweenness: null, community: null, info };
  }
  const graph = options.graph ?? toGraph(nodeCount, edges, directed);

  options.onProgress?.(0.1, 'PageRank');
  const rank = pagerank(graph, { getEdgeWeight: 'weight', alpha: PAGERANK_ALPHA });
  const pagerankValues = new Float64Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) pagerankValues[i] = rank[String(i)] ?? 0;
  info.columns.push('pagerank');
  info.pagerank = { alpha: PAGERANK_ALPHA, weighted: true };

  options.onProgress?.(0.3, 'communities');
  const community = communities(graph, nodeCount, options.resolution, options.seed);
  info.columns.push('community');
  info.communities = { count: community.count, modularity: community.modularity, resolution: options.resolution };

  options.onProgress?.(0.6, 'betweenness');
  const work = nodeCount * (nodeCount + m);
  const budget = options.betweennessBudget ?? BETWEENNESS_BUDGET;
  let betweenness: Float64Array;
  if (work <= budget) {
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    betweenness = new Float64Array(nodeCount);
    for (let i = 0; i < nodeCount; i++) betweenness[i] = exact[String(i)] ?? 0;
    info.betweenness = { method: 'exact', samples: null, note: 'exact (Brandes), unweighted shortest paths, normalised' };
  } else {
    const k = Math.max(Math.min(50, nodeCount), Math.floor(budget / Math.max(1, nodeCount + m)));
    const sources = sampleSources(nodeCount, k, seededRandom(options.seed));
    betweenness = sampledBetweenness(nodeCount, edges, directed, sources);
    info.betweenness = {
      method: sources.length === nodeCount ? 'exact' : 'sampled',
      samples: sources.length,
      note: `approximate: Brandes from ${sources.length.toLocaleString('en-US')} of ${nodeCount.toLocaleString('en-US')} source nodes (seeded), scaled by n/k; unweighted shortest paths, normalised`,
    };
  }
  info.columns.push('betweenness');
  return { pagerank: pagerankValues, betweenness, community: community.values, info };
}

function communities(graph: Graph, nodeCount: number, resolution: number, seed: number) {
  const values = new Int32Array(nodeCount).fill(-1);
  if (graph.size === 0) {
    // Louvain needs edges; every node is then its own community.
    for (let i = 0; i < nodeCount; i++) values[i] = i;
    return { values, count: nodeCount, modularity: 0 };
  }
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });
  // Renumber by size (0 = largest), ties by first member, so colours and tables are stable.
  const raw = new Int32Array(nodeCount);
  const sizes = new Map<number, { size: number; first: number }>();
  for (let i = 0; i < nodeCount; i++) {
    const c = result.communities[String(i)] ?? -1 - i;
    raw[i] = c;
    const entry = sizes.get(c);
    if (entry) entry.size++;
    else sizes.set(c, { size: 1, first: i });
  }
  const ranked = [...sizes.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first);
  const rank = new Map<number, number>(ranked.map(([c], r) => [c, r]));
  for (let i = 0; i < nodeCount; i++) values[i] = rank.get(raw[i]!)!;
  return { values, count: ranked.length, modularity: result.modularity };
}
