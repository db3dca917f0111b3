/**
 * Turns an edge list into a graphology graph (node keys = node indices as strings), for the
 * algorithms that need one (PageRank, Louvain, betweenness, ForceAtlas2).
 */
import Graph from 'graphology';

import type { Edges } from './edgeList';

export function toGraph(nodeCount: number, edges: Edges, directed: boolean): Graph {
  const graph = new Graph({ type: directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: true });
  for (let i = 0; i < nodeCount; i++) graph.addNode(String(i));
  for (let i = 0; i < edges.src.length; i++) {
    graph.addEdge(String(edges.src[i]), String(edges.dst[i]), { weight: edges.weight[i]! });
  }
  return graph;
}
