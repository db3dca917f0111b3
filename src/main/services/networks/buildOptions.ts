/** The subset of NetworkOptions the kind builders need, plus engine limits. */
export interface KindBuildOptions {
  minWeight: number;
  maxGroup: number | null;
  selfLoops: boolean;
  /** Refuse to build more edges than this (memory guard). */
  maxEdges: number;
  onProgress?: (fraction: number) => void;
}

/** Beyond this the edge list alone needs > 1.6 GB: the user must cap or filter first. */
export const DEFAULT_MAX_EDGES = 100_000_000;

/** Keeps the entries where both ids are known (> 0). */
export function knownPairs(a: Int32Array, b: Int32Array): { a: Int32Array; b: Int32Array } {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > 0 && b[i]! > 0) n++;
  if (n === a.length) return { a, b };
  const outA = new Int32Array(n);
  const outB = new Int32Array(n);
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i]! > 0 && b[i]! > 0) {
      outA[j] = a[i]!;
      outB[j] = b[i]!;
      j++;
    }
  }
  return { a: outA, b: outB };
}

export function postsOf(countsById: Int32Array, ids: Int32Array): Int32Array {
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = countsById[ids[i]!] ?? 0;
  return out;
}
