import { afterAll, describe, expect, it } from 'vitest';

import { makeAnalysisStudy } from './analysisStudy.testkit';
import { rateHistogram } from './distribution';
import { engagementSummary } from './engagement';
import { engagementGroups } from './engagementGroups';
import { HAND_POSTS, S1, S2, S3 } from './handFixture.testkit';
import { authorOutliers } from './outliers';
import { selectPosts } from './selection';

describe('engagement on a hand-computed study', () => {
  const db = makeAnalysisStudy(HAND_POSTS);
  afterAll(() => db.close());

  it('summarises rates, exclusions with reasons and approximate counts', () => {
    const s = engagementSummary(selectPosts(db, {}));
    // Rated: 0.2, 0.05, 0.1, 0.1, 0 → sorted 0, 0.05, 0.1, 0.1, 0.2
    expect(s).toMatchObject({
      posts: 8,
      postsWithViews: 6,
      ratedPosts: 5,
      medianRate: 0.1,
      q1Rate: 0.05,
      q3Rate: 0.1,
      minRate: 0,
      maxRate: 0.2,
      excluded: { total: 3, missingViews: 1, zeroViews: 1, missingCounts: 1 },
      approximate: { posts: 2, ratedPosts: 1, views: 1, likes: 1, comments: 0, shares: 0, saves: 1 },
      engagements: 170,
      ratedViews: 1710,
    });
    expect(s.meanRate).toBeCloseTo(0.45 / 5, 15);
    expect(s.pooledRate).toBeCloseTo(170 / 1710, 15);
  });

  it('takes the mean of the two middle values for an even count', () => {
    const s = engagementSummary(selectPosts(db, { authors: ['ALICE'] }));
    expect(s.ratedPosts).toBe(2);
    expect(s.medianRate).toBeCloseTo(0.125, 15);
    expect(s.pooledRate).toBeCloseTo(30 / 300, 15);
  });

  it('normalises by followers only where a follower count above 0 exists', () => {
    // alice: 1000 followers (approximate); bob: 0 (left out); carol: unknown.
    const f = engagementSummary(selectPosts(db, {})).followers!;
    expect(f).toMatchObject({ ratedPosts: 2, authors: 1, approximateFollowers: 2 });
    expect(f.meanRate).toBeCloseTo(0.015, 15);
    expect(f.medianRate).toBeCloseTo(0.015, 15);
    expect(f.pooledRate).toBeCloseTo(30 / 2000, 15);
    expect(engagementSummary(selectPosts(db, { authors: ['bob'] })).followers).toBeNull();
  });

  it('returns empty statistics, not errors, for a filter that matches nothing', () => {
    const s = engagementSummary(selectPosts(db, { hashtags: ['nothing-here'] }));
    expect(s).toMatchObject({ posts: 0, ratedPosts: 0, meanRate: null, medianRate: null, pooledRate: null, q1Rate: null, followers: null });
  });

  it('groups by author, ordered by posts then key', () => {
    const g = engagementGroups(db, selectPosts(db, {}), { by: 'author' });
    expect(g.groups.map((x) => [x.key, x.posts, x.postsWithViews, x.ratedPosts])).toEqual([
      ['carol', 4, 2, 1],
      ['alice', 2, 2, 2],
      ['bob', 2, 2, 2],
    ]);
    const carol = g.groups[0]!;
    expect([carol.meanRate, carol.medianRate, carol.pooledRate]).toEqual([0, 0, 0]);
    const bob = g.groups[2]!;
    expect(bob.pooledRate).toBeCloseTo(140 / 1400, 15);
  });

  it('groups by hashtag counting case and Unicode variants and duplicates once', () => {
    const g = engagementGroups(db, selectPosts(db, {}), { by: 'hashtag' });
    expect(g.groups.map((x) => [x.key, x.posts])).toEqual([
      ['café', 3],
      ['fyp', 3],
      ['dance', 2],
      ['～y', 1],
      ['😀x', 1],
    ]);
    const cafe = g.groups[0]!; // posts 1, 2 (rated 0.2, 0.05) and 4 (zero views)
    expect(cafe).toMatchObject({ label: 'Café', postsWithViews: 2, ratedPosts: 2 });
    expect(cafe.medianRate).toBeCloseTo(0.125, 15);
  });

  it('groups by sound and by local day', () => {
    const sounds = engagementGroups(db, selectPosts(db, {}), { by: 'sound' });
    expect(sounds.groups.map((x) => [x.key, x.label, x.posts])).toEqual([
      [S1, 'Song A', 2],
      [S2, 'Song B', 2],
      [S3, null, 1],
    ]);
    const utc = engagementGroups(db, selectPosts(db, {}), { by: 'day' });
    expect(utc.groups.map((x) => [x.key, x.posts])).toEqual([
      ['2023-05-01', 2],
      ['2023-05-02', 1],
      ['2023-05-03', 2],
      ['2023-05-05', 2],
    ]);
    // In Berlin (UTC+2) post 2 (23:30Z) falls on 2 May.
    const berlin = engagementGroups(db, selectPosts(db, {}), { by: 'day', tz: 'Europe/Berlin' });
    expect(berlin.tz).toBe('Europe/Berlin');
    expect(berlin.groups.map((x) => [x.key, x.posts])).toEqual([
      ['2023-05-01', 1],
      ['2023-05-02', 2],
      ['2023-05-03', 2],
      ['2023-05-05', 2],
    ]);
    const weeks = engagementGroups(db, selectPosts(db, {}), { by: 'week' });
    expect(weeks.groups.map((x) => [x.key, x.posts])).toEqual([['2023-W18', 7]]);
    const months = engagementGroups(db, selectPosts(db, {}), { by: 'month', limit: 1, minPosts: 2 });
    expect(months.groups.map((x) => [x.key, x.posts])).toEqual([['2023-05', 7]]);
  });

  it('bins rates on a log scale with zero rates beside it, and on a linear scale', () => {
    const log = rateHistogram(selectPosts(db, {}), 'log');
    expect(log.ratedPosts).toBe(5);
    expect(log.zeroRate).toBe(1);
    expect(log.bins.reduce((a, b) => a + b.posts, 0)).toBe(4);
    for (const r of [0.05, 0.1, 0.2]) {
      const bin = log.bins.find((b) => b.lo <= r && r < b.hi)!;
      expect(bin.posts).toBe(r === 0.1 ? 2 : 1);
    }
    const linear = rateHistogram(selectPosts(db, {}), 'linear', 4);
    expect(linear.bins).toHaveLength(4);
    expect(linear.bins.reduce((a, b) => a + b.posts, 0) + linear.overflow).toBe(5);
  });

  it("flags posts far above their author's own median", () => {
    // bob: 0.1 and 0.1 → nothing; alice: median 0.125 → 0.2 is 1.6×.
    const o = authorOutliers(db, selectPosts(db, {}), { minPosts: 2, threshold: 1.5 });
    expect(o.authorsConsidered).toBe(2); // carol has one rated post
    expect(o.outliers).toHaveLength(1);
    expect(o.outliers[0]).toMatchObject({ postId: '1', author: 'alice', createTime: '2023-05-01T10:00:00Z', views: 100 });
    expect(o.outliers[0]!.ratio).toBeCloseTo(1.6, 12);
  });
});
