/**
 * One-mode projection of a group → member incidence: members u < v get an edge whose weight is
 * the number of active groups containing both. This is Gustavson's sparse row-by-row product
 * (B·Bᵀ): for each member, walk the groups it belongs to, count the later members of those groups
 * in a dense accumulator, then emit that row. Every unordered pair in a group is touched exactly
 * once (Σ C(size, 2) increments, ~10–30 ns each); memory is the accumulator plus the output.
 */
import { ApiError } from '../../../shared/api/result';
import { EdgeList } from './edgeList';
import type { GroupIndex } from './groupIndex';

export interface ProjectionResult {
  edges: EdgeList;
  /** Distinct pairs with weight ≥ 1, before the min-weight filter. */
  candidateEdges: number;
  /** Σ C(size, 2) over active groups: the work done. */
  pairIterations: number;
}

export interface ProjectionOptions {
  minWeight: number;
  /** Abort with a clear message instead of exhausting memory. */
  maxEdges: number;
  onProgress?: (fraction: number) => void;
}

export function projectCoMembership(index: GroupIndex, active: Uint8Array, options: ProjectionOptions): ProjectionResult {
  const { nGroups, nMembers, start, members } = index;
  // Member → positions of that member inside active groups (CSR), and where each group ends.
  const incCount = new Int32Array(nMembers + 1);
  let totalPairs = 0;
  for (let g = 0; g < nGroups; g++) {
    const size = start[g + 1]! - start[g]!;
    if (!active[g] || size < 2) continue;
    totalPairs += (size * (size - 1)) / 2;
    for (let p = start[g]!; p < start[g + 1]! - 1; p++) incCount[members[p]! + 1]!++;
  }
  for (let m = 0; m < nMembers; m++) incCount[m + 1]! += incCount[m]!;
  const incPos = new Int32Array(incCount[nMembers]!);
  const incEnd = new Int32Array(incCount[nMembers]!);
  const fill = incCount.slice(0, nMembers);
  for (let g = 0; g < nGroups; g++) {
    const end = start[g + 1]!;
    if (!active[g] || end - start[g]! < 2) continue;
    // The last member of a group has no later partner, so it needs no incidence.
    for (let p = start[g]!; p < end - 1; p++) {
      const slot = fill[members[p]!]!++;
      incPos[slot] = p;
      incEnd[slot] = end;
    }
  }

  const acc = new Int32Array(nMembers);
  const touched = new Int32Array(nMembers);
  // Presized to the smaller of the two upper bounds (capped at 1M edges, then doubling).
  const edges = new EdgeList(Math.max(1024, Math.min(totalPairs, (nMembers * (nMembers - 1)) / 2, 1 << 20)));
  const minWeight = options.minWeight;
  // The output arrays are written directly, not through a method call, so the loop is fast from
  // its first iteration, before the JIT has optimised anything.
  let outSrc = edges.src;
  let outDst = edges.dst;
  let outWeight = edges.weight;
  let len = 0;
  const room = () => {
    edges.length = len;
    edges.grow();
    outSrc = edges.src;
    outDst = edges.dst;
    outWeight = edges.weight;
  };
  let candidates = 0;
  let done = 0;
  let nextReport = totalPairs / 50;
  for (let u = 0; u < nMembers; u++) {
    let t = 0;
    for (let k = incCount[u]!; k < incCount[u + 1]!; k++) {
      const end = incEnd[k]!;
      for (let q = incPos[k]! + 1; q < end; q++) {
        const v = members[q]!;
        if (acc[v]!++ === 0) touched[t++] = v;
      }
      done += end - incPos[k]! - 1;
    }
    if (t === 0) continue;
    candidates += t;
    // Rows come out sorted by partner either way: a dense row is cheaper to scan than to sort.
    if (t * Math.log2(t + 1) > nMembers - u) {
      for (let v = u + 1; v < nMembers; v++) {
        const w = acc[v]!;
        if (w === 0) continue;
        acc[v] = 0;
        if (w < minWeight) continue;
        if (len === outSrc.length) room();
        outSrc[len] = u;
        outDst[len] = v;
        outWeight[len++] = w;
      }
    } else {
      const row = touched.subarray(0, t);
      if (t > 1) row.sort();
      for (let i = 0; i < t; i++) {
        const v = row[i]!;
        const w = acc[v]!;
        acc[v] = 0;
        if (w < minWeight) continue;
        if (len === outSrc.length) room();
        outSrc[len] = u;
        outDst[len] = v;
        outWeight[len++] = w;
      }
    }
    if (len > options.maxEdges) throw tooManyEdges(options.maxEdges);
    if (options.onProgress && done >= nextReport) {
      options.onProgress(done / totalPairs);
      nextReport = done + totalPairs / 50;
    }
  }
  edges.length = len;
  return { edges, candidateEdges: candidates, pairIterations: totalPairs };
}

export function tooManyEdges(maxEdges: number): ApiError {
  return new ApiError(
    'VALIDATION',
    `The network would have more than ${maxEdges.toLocaleString('en-US')} edges. Narrow it with --max-group (ignore sounds/hashtags used by very many authors), --min-weight or a filter.`,
  );
}
