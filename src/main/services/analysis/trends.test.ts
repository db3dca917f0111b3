import { afterAll, describe, expect, it } from 'vitest';

import { ApiError } from '../../../shared/api/result';
import { refFilter, refIsoWeek, refLocal, refTags } from './analysisReference.testkit';
import { makeAnalysisStudy, unixOf } from './analysisStudy.testkit';
import { generatedPosts } from './generatedStudy.testkit';
import { selectPosts } from './selection';
import { trendLifecycle } from './trends';

const day = (d: number, hour = 12) => `2023-01-0${d}T${String(hour).padStart(2, '0')}:00:00Z`;

describe('trend lifecycle', () => {
  const db = makeAnalysisStudy([
    { id: '1', author: 'a', time: day(1), tags: ['Wave'], views: 10 },
    { id: '2', author: 'a', time: day(2), tags: ['wave'], views: 20 },
    { id: '3', author: 'b', time: day(2), tags: ['WAVE'], views: 30 },
    { id: '4', author: 'c', time: day(2), tags: ['#wave'], views: null },
    { id: '5', author: 'b', time: day(4), tags: ['wave'], views: 5 },
    { id: '6', author: 'd', time: day(5), tags: ['wave', 'other'], views: 5, sound: '7000000000000000009' },
    { id: '7', author: 'e', time: null, tags: ['wave'], views: 1 },
    { id: '8', author: 'a', time: day(2), tags: ['other'] },
  ]);
  afterAll(() => db.close());

  it('follows a hashtag from first post through its peak and decay', () => {
    const t = trendLifecycle(db, selectPosts(db, {}), { kind: 'hashtag', key: '#WAVE' });
    expect(t).toMatchObject({
      key: 'wave',
      label: 'Wave',
      interval: 'day',
      posts: 7, // the undated post counts here, not in the series
      authors: 5,
      views: 71,
      firstSeen: '2023-01-01T12:00:00Z',
      lastSeen: '2023-01-05T12:00:00Z',
      peak: { period: '2023-01-02', posts: 3 },
      halfLifePeriods: 1,
    });
    expect(t.postPeakShare).toBeCloseTo(2 / 6, 15);
    expect(t.series.map((s) => [s.period, s.posts, s.authors, s.newAuthors, s.cumulativeAuthors, s.views])).toEqual([
      ['2023-01-01', 1, 1, 1, 1, 10],
      ['2023-01-02', 3, 3, 2, 3, 50],
      ['2023-01-03', 0, 0, 0, 3, 0],
      ['2023-01-04', 1, 1, 0, 3, 5],
      ['2023-01-05', 1, 1, 1, 4, 5],
    ]);
  });

  it('works per week, for sounds, within a filter, and says when the entity is unknown', () => {
    const weekly = trendLifecycle(db, selectPosts(db, {}), { kind: 'hashtag', key: 'wave', interval: 'week' });
    expect(weekly.series.map((s) => [s.period, s.start, s.posts])).toEqual([
      ['2022-W52', '2022-12-26', 1],
      ['2023-W01', '2023-01-02', 5],
    ]);
    const sound = trendLifecycle(db, selectPosts(db, {}), { kind: 'sound', key: '7000000000000000009' });
    expect(sound).toMatchObject({ posts: 1, authors: 1, peak: { period: '2023-01-05', posts: 1 }, halfLifePeriods: null, postPeakShare: 0 });
    const filtered = trendLifecycle(db, selectPosts(db, { from: '2023-01-02', to: '2023-01-02' }), { kind: 'hashtag', key: 'wave' });
    expect(filtered.posts).toBe(3);
    expect(() => trendLifecycle(db, selectPosts(db, {}), { kind: 'hashtag', key: 'never-used' })).toThrow(ApiError);
  });

  it('matches a reference on generated data, per day in New York and per ISO week', () => {
    const posts = generatedPosts(1500, 99);
    const big = makeAnalysisStudy(posts);
    try {
      for (const filter of [{}, { from: '2023-02-01', to: '2023-09-30' }]) {
        const subset = refFilter(posts, filter).filter((p) => refTags(p).includes('café'));
        const dated = subset.filter((p) => p.time !== null).sort((a, b) => unixOf(a.time)! - unixOf(b.time)! || Number(BigInt(a.id) - BigInt(b.id)));
        for (const [interval, keyOf] of [
          ['day', (d: string) => d],
          ['week', refIsoWeek],
        ] as const) {
          const seen = new Set<string>();
          const expected = new Map<string, { posts: number; authors: Set<string>; newAuthors: number }>();
          for (const p of dated) {
            const key = keyOf(refLocal(unixOf(p.time)!, 'America/New_York').date);
            const e = expected.get(key) ?? { posts: 0, authors: new Set<string>(), newAuthors: 0 };
            e.posts++;
            const author = p.author?.toLowerCase();
            if (author) {
              e.authors.add(author);
              if (!seen.has(author)) {
                seen.add(author);
                e.newAuthors++;
              }
            }
            expected.set(key, e);
          }
          const t = trendLifecycle(big, selectPosts(big, filter), { kind: 'hashtag', key: 'CAFÉ', tz: 'America/New_York', interval });
          expect(t.posts).toBe(subset.length);
          const nonEmpty = t.series.filter((s) => s.posts > 0).map((s) => [s.period, s.posts, s.authors, s.newAuthors]);
          expect(nonEmpty).toEqual([...expected].map(([k, e]) => [k, e.posts, e.authors.size, e.newAuthors]));
        }
      }
    } finally {
      big.close();
    }
  });
});
