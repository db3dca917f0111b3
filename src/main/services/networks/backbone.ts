/**
 * Disparity-filter backbone (Serrano, Boguñá & Vespignani 2009, PNAS 106:6483). For an edge of
 * weight w at a node with strength s and degree k, the probability of a share at least w/s under
 * the null model of uniformly random weights is α_ij = (1 − w/s)^(k − 1). The edge is kept when it
 * is significant (α_ij < alpha) for at least one endpoint. A node of degree 1 gives α = 1 (its
 * only edge carries all its weight by construction), so such an edge survives only through its
 * other endpoint — the paper's rule. Directed networks use the source's out-edges and the
 * target's in-edges.
 */
import type { Edges } from './edgeList';

export interface BackboneResult {
  keep: Uint8Array;
  removed: number;
}

export function disparityBackbone(edges: Edges, nodeCount: number, directed: boolean, alpha: number): BackboneResult {
  const m = edges.src.length;
  const outStrength = new Float64Array(nodeCount);
  const outDegree = new Int32Array(nodeCount);
  // Undirected: one strength/degree per node, so both sides read the same arrays.
  const inStrength = directed ? new Float64Array(nodeCount) : outStrength;
  const inDegree = directed ? new Int32Array(nodeCount) : outDegree;
  for (let i = 0; i < m; i++) {
    const s = edges.src[i]!;
    const d = edges.dst[i]!;
    const w = edges.weight[i]!;
    outStrength[s]! += w;
    outDegree[s]!++;
    inStrength[d]! += w;
    inDegree[d]!++;
  }
  const keep = new Uint8Array(m);
  let removed = 0;
  for (let i = 0; i < m; i++) {
    const w = edges.weight[i]!;
    const s = edges.src[i]!;
    const d = edges.dst[i]!;
    const significant =
      disparityAlpha(w, outStrength[s]!, outDegree[s]!) < alpha || disparityAlpha(w, inStrength[d]!, inDegree[d]!) < alpha;
    if (significant) keep[i] = 1;
    else removed++;
  }
  return { keep, removed };
}

export function disparityAlpha(weight: number, strength: number, degree: number): number {
  if (degree <= 1 || strength <= 0) return 1;
  return Math.pow(1 - weight / strength, degree - 1);
}
