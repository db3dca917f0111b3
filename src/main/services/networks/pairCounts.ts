/**
 * Counts occurrences of (a, b) pairs: the weight of directed mention edges and of bipartite
 * author–hashtag / author–sound edges. Rows are bucketed by `a` (counting sort), then each
 * bucket is tallied in a dense accumulator over `b`, so the cost is linear in the occurrences.
 */
import { EdgeList } from './edgeList';

export interface PairCountResult {
  edges: EdgeList;
  candidateEdges: number;
}

/** Entries with a negative index are skipped. Output is sorted by (a, b). */
export function countPairs(a: Int32Array, b: Int32Array, nA: number, nB: number, minWeight: number, keep?: (a: number, b: number) => boolean): PairCountResult {
  const start = new Int32Array(nA + 1);
  for (let i = 0; i < a.length; i++) if (a[i]! >= 0 && b[i]! >= 0) start[a[i]! + 1]!++;
  for (let x = 0; x < nA; x++) start[x + 1]! += start[x]!;
  const fill = start.slice(0, nA);
  const bs = new Int32Array(start[nA]!);
  for (let i = 0; i < a.length; i++) if (a[i]! >= 0 && b[i]! >= 0) bs[fill[a[i]!]!++] = b[i]!;

  const acc = new Int32Array(nB);
  const touched = new Int32Array(nB);
  const edges = new EdgeList(1 << 14);
  let candidates = 0;
  for (let x = 0; x < nA; x++) {
    let t = 0;
    for (let k = start[x]!; k < start[x + 1]!; k++) {
      const y = bs[k]!;
      if (acc[y]!++ === 0) touched[t++] = y;
    }
    if (t === 0) continue;
    const row = touched.subarray(0, t);
    if (t > 1) row.sort();
    for (let i = 0; i < t; i++) {
      const y = row[i]!;
      const w = acc[y]!;
      acc[y] = 0;
      if (keep && !keep(x, y)) continue;
      candidates++;
      if (w >= minWeight) edges.push(x, y, w);
    }
  }
  return { edges, candidateEdges: candidates };
}
