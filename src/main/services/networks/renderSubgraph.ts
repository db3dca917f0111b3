/**
 * The readable part of a network for the network view. Up to the caps the whole network is shown;
 * beyond them, the heaviest edges are kept (ties in edge order) while the node count stays under
 * its cap — a projection with a million edges becomes a few tens of thousands a browser can lay
 * out — and the counts of what is shown and what exists are reported. The full network stays in
 * memory for exports. Runs in O(edges + distinct weights · log) with a counting sort on weight rank.
 */
import type { NetworkNodeView, NetworkView } from '../../../shared/domain/network';
import type { NetworkData } from './networkData';
import { NODE_TYPE_CODES } from './rawNetwork';

export const VIEW_MAX_EDGES = 50_000;
export const VIEW_MAX_NODES = 10_000;

export interface ViewCaps {
  maxEdges?: number;
  maxNodes?: number;
}

/** Edge indices ordered by weight, heaviest first, stable. */
function heaviestFirst(weight: Float64Array): Int32Array {
  const distinct = [...new Set(weight)].sort((a, b) => b - a);
  const rank = new Map<number, number>(distinct.map((w, i) => [w, i]));
  const start = new Int32Array(distinct.length + 1);
  const ranks = new Int32Array(weight.length);
  for (let i = 0; i < weight.length; i++) {
    const r = rank.get(weight[i]!)!;
    ranks[i] = r;
    start[r + 1]!++;
  }
  for (let r = 0; r < distinct.length; r++) start[r + 1]! += start[r]!;
  const order = new Int32Array(weight.length);
  for (let i = 0; i < weight.length; i++) order[start[ranks[i]!]!++] = i;
  return order;
}

export function nodeView(data: NetworkData, i: number): NetworkNodeView {
  return {
    id: data.ids[i]!,
    label: data.labels[i]!,
    type: NODE_TYPE_CODES[data.types[i]!]!,
    posts: data.posts[i]!,
    degree: data.degree[i]!,
    weightedDegree: data.weightedDegree[i]!,
    pagerank: data.pagerank ? data.pagerank[i]! : null,
    betweenness: data.betweenness ? data.betweenness[i]! : null,
    community: data.community ? data.community[i]! : null,
  };
}

export function renderSubgraph(data: NetworkData, networkId: string, caps: ViewCaps = {}): NetworkView {
  const maxEdges = caps.maxEdges ?? VIEW_MAX_EDGES;
  const maxNodes = caps.maxNodes ?? VIEW_MAX_NODES;
  const n = data.ids.length;
  const { src, dst, weight } = data.edges;
  const m = src.length;
  const local = new Int32Array(n).fill(-1);
  const shownNodes: number[] = [];
  const shownEdges: Array<[number, number, number]> = [];
  const take = (node: number) => {
    if (local[node] === -1) {
      local[node] = shownNodes.length;
      shownNodes.push(node);
    }
    return local[node]!;
  };

  const everything = m <= maxEdges && n <= maxNodes;
  if (everything) {
    for (let i = 0; i < n; i++) take(i);
    for (let i = 0; i < m; i++) shownEdges.push([local[src[i]!]!, local[dst[i]!]!, weight[i]!]);
  } else {
    const order = heaviestFirst(weight);
    for (let k = 0; k < m && shownEdges.length < maxEdges; k++) {
      const e = order[k]!;
      const s = src[e]!;
      const d = dst[e]!;
      const newNodes = (local[s] === -1 ? 1 : 0) + (local[d] === -1 && d !== s ? 1 : 0);
      if (shownNodes.length + newNodes > maxNodes) continue;
      shownEdges.push([take(s), take(d), weight[e]!]);
    }
    // Isolated nodes (kept on request) fill what room is left.
    for (let i = 0; i < n && shownNodes.length < maxNodes; i++) if (data.degree[i] === 0) take(i);
  }
  return {
    networkId,
    summary: data.summary,
    nodes: shownNodes.map((i) => nodeView(data, i)),
    edges: shownEdges,
    selection: everything ? 'all' : 'top-weight',
    full: { nodes: n, edges: m },
    shown: { nodes: shownNodes.length, edges: shownEdges.length },
  };
}
