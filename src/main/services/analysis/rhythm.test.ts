import { afterAll, describe, expect, it } from 'vitest';

import { makeAnalysisStudy } from './analysisStudy.testkit';
import { postingRhythm } from './rhythm';
import { selectPosts } from './selection';

const t0 = Date.parse('2023-01-01T10:00:00Z') / 1000;
const MIN = 60;
const H = 3600;

describe('posting rhythm', () => {
  const db = makeAnalysisStudy([
    // x: a burst of three (30 and 20 minutes apart), then 4h10 later, two days later two posts 10 minutes apart.
    ...[0, 30 * MIN, 50 * MIN, 5 * H, 2 * 24 * H, 2 * 24 * H + 10 * MIN].map((dt, i) => ({ id: `x${i}`, author: 'X', time: t0 + dt })),
    { id: 'x-undated', author: 'x', time: null },
    { id: 'y0', author: 'y', time: t0 },
    { id: 'z0', author: 'z', time: t0 },
    { id: 'z1', author: 'z', time: t0 + 3 * 24 * H },
  ]);
  afterAll(() => db.close());

  it('measures posts per day, gaps and bursts per author', () => {
    const r = postingRhythm(db, selectPosts(db, {}), {});
    expect(r).toMatchObject({ tz: 'UTC', burstGapMinutes: 60, burstMinPosts: 3, totalAuthors: 2 });
    expect(r.authors.map((a) => a.key)).toEqual(['x', 'z']);
    const x = r.authors[0]!;
    expect(x).toMatchObject({
      posts: 6,
      firstPost: '2023-01-01T10:00:00Z',
      lastPost: '2023-01-03T10:10:00Z',
      activeDays: 2,
      spanDays: 3,
      postsPerActiveDay: 3,
      postsPerDay: 2,
      maxGapHours: 43,
      bursts: 1,
      postsInBursts: 3,
    });
    // Gaps: 0.5, 1/3, 25/6, 43, 1/6 hours.
    expect(x.medianGapHours).toBeCloseTo(0.5, 12);
    expect(x.meanGapHours).toBeCloseTo((0.5 + 1 / 3 + 25 / 6 + 43 + 1 / 6) / 5, 12);
  });

  it('counts days in the chosen zone and honours the burst settings', () => {
    // Tokyo (+9): 15:00Z is midnight, so x posts on three local days.
    const tokyo = postingRhythm(db, selectPosts(db, {}), { tz: 'Asia/Tokyo', burstGapMinutes: 10, burstMinPosts: 2, limit: 1 });
    expect(tokyo.authors).toHaveLength(1);
    expect(tokyo.authors[0]).toMatchObject({ key: 'x', activeDays: 3, spanDays: 3, bursts: 1, postsInBursts: 2 });
  });
});
