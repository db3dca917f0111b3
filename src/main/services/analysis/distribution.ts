/**
 * Histogram of per-post engagement rates. Log scale: 10 bins per factor of ten, with rate-0 posts
 * counted beside it (a log axis has no 0). Linear scale: equal-width bins from 0 to the 99th
 * percentile, with the posts above it counted as overflow, so one viral post does not squash the plot.
 */
import type { HistogramBin, HistogramScale, RateHistogram } from '../../../shared/domain/analysis';
import { rateAt } from './engagementRate';
import { valuesAtRanks } from './orderStatistics';
import type { Selection } from './selection';

const LOG_BINS_PER_DECADE = 10;

function collectRates({ frame, rows }: Selection): Float64Array {
  const out = new Float64Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const rate = rateAt(frame.posts, rows[k]!);
    if (!Number.isNaN(rate)) out[n++] = rate;
  }
  return out.subarray(0, n);
}

const edges = new Map<number, number>();
function edge(bin: number): number {
  let e = edges.get(bin);
  if (e === undefined) edges.set(bin, (e = 10 ** (bin / LOG_BINS_PER_DECADE)));
  return e;
}

function logHistogram(rates: Float64Array): RateHistogram {
  // Rates between 1e-100 and 1e100 land in a typed array; anything else (absurd data) in a Map.
  const OFFSET = 100 * LOG_BINS_PER_DECADE;
  const dense = new Int32Array(2 * OFFSET);
  const sparse = new Map<number, number>();
  let zero = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of rates) {
    if (!(r > 0)) {
      zero++;
      continue;
    }
    let bin = Math.floor(Math.log10(r) * LOG_BINS_PER_DECADE);
    // Guard against log10 rounding at bin edges: the bin must satisfy lo <= r < hi.
    if (r < edge(bin)) bin--;
    else if (r >= edge(bin + 1)) bin++;
    if (bin < first) first = bin;
    if (bin > last) last = bin;
    if (bin + OFFSET >= 0 && bin + OFFSET < dense.length) dense[bin + OFFSET]!++;
    else sparse.set(bin, (sparse.get(bin) ?? 0) + 1);
  }
  const bins: HistogramBin[] = [];
  for (let b = first; b <= last; b++) {
    const posts = b + OFFSET >= 0 && b + OFFSET < dense.length ? dense[b + OFFSET]! : (sparse.get(b) ?? 0);
    bins.push({ lo: edge(b), hi: edge(b + 1), posts });
  }
  return { scale: 'log', ratedPosts: rates.length, zeroRate: zero, overflow: 0, bins };
}

function linearHistogram(rates: Float64Array, binCount: number): RateHistogram {
  let zero = 0;
  for (const r of rates) if (!(r > 0)) zero++;
  if (rates.length === 0) return { scale: 'linear', ratedPosts: 0, zeroRate: 0, overflow: 0, bins: [] };
  const copy = Float64Array.from(rates);
  const p99Rank = Math.ceil(0.99 * copy.length) - 1;
  const top = valuesAtRanks(copy, [p99Rank, copy.length - 1]);
  let upper = top.get(p99Rank)!;
  if (!(upper > 0)) upper = top.get(copy.length - 1)!;
  if (!(upper > 0)) upper = 1;
  const width = upper / binCount;
  const counts = new Array<number>(binCount).fill(0);
  let overflow = 0;
  for (const r of rates) {
    if (r > upper) overflow++;
    else counts[Math.min(binCount - 1, Math.max(0, Math.floor(r / width)))]!++;
  }
  const bins = counts.map((posts, b) => ({ lo: b * width, hi: b === binCount - 1 ? upper : (b + 1) * width, posts }));
  return { scale: 'linear', ratedPosts: rates.length, zeroRate: zero, overflow, bins };
}

export function rateHistogram(selection: Selection, scale: HistogramScale = 'log', binCount = 40): RateHistogram {
  const rates = collectRates(selection);
  return scale === 'log' ? logHistogram(rates) : linearHistogram(rates, binCount);
}
