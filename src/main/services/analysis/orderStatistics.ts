/**
 * Exact order statistics without sorting everything: selection partitions the values around the
 * wanted ranks (linear time on average), so quartiles of a million rates take milliseconds where a
 * full sort takes ~100 ms. Values must not contain NaN.
 */

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Rearranges a[lo..hi] so that a[k] is the value a full sort would put there, smaller or equal
 * values before it and larger or equal after (Floyd–Rivest selection: it first narrows the range
 * with a sample, so it needs about n + min(k, n - k) comparisons).
 */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLo = Math.max(lo, Math.floor(k - (m * s) / n + sd));
      const newHi = Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, newLo, newHi);
    }
    const t = a[k]!;
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if (a[hi]! > t) swap(a, lo, hi);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[lo] === t) swap(a, lo, j);
    else {
      j++;
      swap(a, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

/**
 * The values at the given 0-based ranks of the sorted order. Reorders `values` in place (pass a
 * copy if the order matters).
 */
export function valuesAtRanks(values: Float64Array, ranks: readonly number[], from = 0, to = values.length): Map<number, number> {
  const out = new Map<number, number>();
  const wanted = [...new Set(ranks)].filter((r) => r >= 0 && r < to - from).sort((x, y) => x - y);
  // Each selection splits the range, so later ranks search only the part right of the previous one.
  let lo = from;
  for (const r of wanted) {
    const k = from + r;
    select(values, k, lo, to - 1);
    out.set(r, values[k]!);
    lo = k;
  }
  return out;
}

export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Type-7 quantile from the two order statistics around h = (n - 1) p. */
function interpolate(at: Map<number, number>, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = at.get(lo)!;
  if (lo + 1 >= n || h === lo) return a;
  const b = at.get(lo + 1)!;
  return a + (h - lo) * (b - a);
}

function quantileRanks(n: number, p: number): number[] {
  const lo = Math.floor((n - 1) * p);
  return [lo, Math.min(lo + 1, n - 1)];
}

/** Median: the middle value, or the mean of the two middle values for an even count. */
export function median(values: Float64Array, from = 0, to = values.length): number | null {
  const n = to - from;
  if (n <= 0) return null;
  const ranks = n % 2 === 1 ? [(n - 1) / 2] : [n / 2 - 1, n / 2];
  const at = valuesAtRanks(values, ranks, from, to);
  return n % 2 === 1 ? at.get(ranks[0]!)! : (at.get(ranks[0]!)! + at.get(ranks[1]!)!) / 2;
}

/** Minimum, quartiles (type 7, as R's default and pandas) and maximum; the median as median() defines it. */
export function quartiles(values: Float64Array): Quartiles | null {
  const n = values.length;
  if (n === 0) return null;
  let min = values[0]!;
  let max = values[0]!;
  for (let i = 1; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  // Median ranks first: the later selections then only search the half left or right of them.
  const middle = n % 2 === 1 ? [(n - 1) / 2] : [n / 2 - 1, n / 2];
  const ranks = [...middle, ...quantileRanks(n, 0.25), ...quantileRanks(n, 0.75)];
  const at = new Map<number, number>();
  const mid = middle[0]!;
  for (const [r, v] of valuesAtRanks(values, middle)) at.set(r, v);
  for (const [r, v] of valuesAtRanks(values, ranks.filter((r) => r < mid), 0, mid)) at.set(r, v);
  for (const [r, v] of valuesAtRanks(values, ranks.filter((r) => r > mid).map((r) => r - mid - 1), mid + 1, n)) at.set(r + mid + 1, v);
  const median = n % 2 === 1 ? at.get(mid)! : (at.get(mid)! + at.get(mid + 1)!) / 2;
  return { min, q1: interpolate(at, n, 0.25), median, q3: interpolate(at, n, 0.75), max };
}
