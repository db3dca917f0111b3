import { describe, expect, it } from 'vitest';

import { median, quartiles, valuesAtRanks } from './orderStatistics';

/** Type 7 quantile from a full sort: the obvious definition. */
function sortedQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo]! + (h - lo) * (s[lo + 1]! - s[lo]!) : s[lo]!;
}

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('order statistics', () => {
  it('median is the middle value, or the mean of the two middle values for an even count', () => {
    expect(median(Float64Array.of(3, 1, 2))).toBe(2);
    expect(median(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(median(Float64Array.of(7))).toBe(7);
    expect(median(new Float64Array(0))).toBeNull();
    expect(median(Float64Array.of(0.1, 0.2))).toBe((0.1 + 0.2) / 2);
  });

  it('quartiles follow type 7 (R default, pandas linear) on a hand example', () => {
    // 1..8: h(0.25) = 1.75 → 2 + 0.75 = 2.75; h(0.75) = 5.25 → 6.25
    const q = quartiles(Float64Array.of(8, 1, 7, 2, 6, 3, 5, 4))!;
    expect(q).toEqual({ min: 1, q1: 2.75, median: 4.5, q3: 6.25, max: 8 });
    expect(quartiles(Float64Array.of(5))).toEqual({ min: 5, q1: 5, median: 5, q3: 5, max: 5 });
  });

  it('matches a full sort on random, tied, sorted and constant inputs', () => {
    const random = seeded(7);
    const inputs: number[][] = [];
    for (const n of [2, 3, 10, 17, 100, 1001, 4096]) {
      inputs.push(Array.from({ length: n }, () => random()));
      inputs.push(Array.from({ length: n }, () => Math.floor(random() * 5)));
      inputs.push(Array.from({ length: n }, (_, i) => i));
      inputs.push(Array.from({ length: n }, (_, i) => n - i));
      inputs.push(Array.from({ length: n }, () => 0.5));
    }
    for (const values of inputs) {
      const q = quartiles(Float64Array.from(values))!;
      expect(q.q1).toBeCloseTo(sortedQuantile(values, 0.25), 12);
      expect(q.q3).toBeCloseTo(sortedQuantile(values, 0.75), 12);
      const s = [...values].sort((a, b) => a - b);
      const n = s.length;
      expect(q.median).toBe(n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1]! + s[n / 2]!) / 2);
      expect(q.min).toBe(s[0]);
      expect(q.max).toBe(s[n - 1]);
      const ranks = [0, Math.floor(n / 3), n - 1];
      const at = valuesAtRanks(Float64Array.from(values), ranks);
      for (const r of ranks) expect(at.get(r)).toBe(s[r]);
    }
  });

  it('median over a sub-range leaves the rest of the array alone', () => {
    const a = Float64Array.of(9, 9, 3, 1, 2, 9, 9);
    expect(median(a, 2, 5)).toBe(2);
    expect([a[0], a[1], a[5], a[6]]).toEqual([9, 9, 9, 9]);
  });
});
