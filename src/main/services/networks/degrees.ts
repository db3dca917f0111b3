/**
 * Degree and weighted degree straight from the edge list (no graph object needed). A self-loop
 * adds 2 to its node's degree and twice its weight, as in Gephi and networkx.
 */
import type { Edges } from './edgeList';

export function degrees(nodeCount: number, edges: Edges): { degree: Int32Array; weightedDegree: Float64Array } {
  const degree = new Int32Array(nodeCount);
  const weightedDegree = new Float64Array(nodeCount);
  for (let i = 0; i < edges.src.length; i++) {
    const w = edges.weight[i]!;
    degree[edges.src[i]!]!++;
    degree[edges.dst[i]!]!++;
    weightedDegree[edges.src[i]!]! += w;
    weightedDegree[edges.dst[i]!]! += w;
  }
  return { degree, weightedDegree };
}
