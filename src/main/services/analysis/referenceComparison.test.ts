/**
 * Every statistic on a generated study, compared with the plain reference implementation
 * (analysisReference.testkit.ts) for several filters and time zones.
 */
import { afterAll, describe, expect, it } from 'vitest';

import type { PostFilter } from '../../../shared/domain/filter';
import {
  refEngagement,
  refFilter,
  refFollowerEngagement,
  refFollowers,
  refGroups,
  refPatterns,
  refTop,
  type RefGrouping,
  type RefTopKind,
} from './analysisReference.testkit';
import { makeAnalysisStudy } from './analysisStudy.testkit';
import { engagementSummary } from './engagement';
import { engagementGroups } from './engagementGroups';
import { GENERATED_SOUNDS, generatedPosts } from './generatedStudy.testkit';
import { postingPatterns } from './patterns';
import { selectPosts } from './selection';
import { topEntities } from './topEntities';

const POSTS = generatedPosts(3000);

const FILTERS: Array<[string, PostFilter]> = [
  ['no filter', {}],
  ['a date range', { from: '2023-03-01', to: '2023-06-30' }],
  ['ISO timestamps', { from: '2023-03-12T06:30:00Z', to: '2023-11-05T06:29:59Z' }],
  ['hashtags in other spellings', { hashtags: ['CAFE\u0301', 'fYp'] }],
  ['authors in other spellings', { authors: ['@User3', 'USER7', 'user1'] }],
  ['a sound', { sounds: [GENERATED_SOUNDS[0]!] }],
  ['caption text', { text: 'hello' }],
  ['date range and hashtag', { from: '2023-01-01', to: '2023-10-31', hashtags: ['fyp'] }],
];

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu'];

/** Numbers equal up to floating-point summation order; nulls equal nulls. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  } else if (expected && typeof expected === 'object') {
    for (const [k, v] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)?.[k], v, `${where}.${k}`);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

describe('analysis matches a plain reference implementation on generated data', () => {
  const db = makeAnalysisStudy(POSTS);
  const followers = refFollowers(POSTS);
  afterAll(() => db.close());

  it('generates the awkward cases it is meant to cover', () => {
    expect(POSTS.filter((p) => p.views === null).length).toBeGreaterThan(50);
    expect(POSTS.filter((p) => p.views === 0).length).toBeGreaterThan(50);
    expect(POSTS.filter((p) => p.time === null).length).toBeGreaterThan(30);
    expect(POSTS.filter((p) => (p.approx ?? []).length > 0).length).toBeGreaterThan(50);
    expect(refTop(POSTS, 'hashtags').items.find((i) => i.key === 'café')!.posts).toBeGreaterThan(100);
  });

  for (const [name, filter] of FILTERS) {
    describe(`with ${name}`, () => {
      const subset = refFilter(POSTS, filter);

      it('selects the same posts', () => {
        expect(selectPosts(db, filter).rows.length).toBe(subset.length);
        expect(subset.length).toBeGreaterThan(0);
      });

      it('engagement summary, exclusions, approximate counts and follower rates', () => {
        const s = engagementSummary(selectPosts(db, filter));
        expectClose(s, refEngagement(subset), 'summary');
        expectClose(s.followers, refFollowerEngagement(subset, followers), 'followers');
      });

      for (const by of ['author', 'hashtag', 'sound', 'day', 'week', 'month'] as RefGrouping[]) {
        for (const tz of by === 'day' || by === 'week' || by === 'month' ? ['UTC', 'America/New_York', 'Asia/Kathmandu'] : ['UTC']) {
          it(`engagement by ${by} (${tz})`, () => {
            const actual = engagementGroups(db, selectPosts(db, filter), { by, tz }).groups;
            const expected = refGroups(subset, by, tz);
            expect(actual.map((g) => g.key)).toEqual(expected.map((g) => g.key));
            expectClose(actual, expected, `by ${by}`);
          });
        }
      }

      it('posting patterns in five zones', () => {
        for (const tz of ZONES) {
          const actual = postingPatterns(selectPosts(db, filter), tz);
          const expected = refPatterns(subset, tz);
          const cells = Object.fromEntries(actual.cells.filter((c) => c.posts > 0).map((c) => [`${c.weekday}:${c.hour}`, c.posts]));
          expect(cells, tz).toEqual(Object.fromEntries(expected.cells));
          expect(actual.daily, tz).toEqual(expected.daily);
          expect(Object.fromEntries(actual.weekly.map((w) => [w.period, w.posts])), tz).toEqual(Object.fromEntries(expected.weekly));
          expect(Object.fromEntries(actual.monthly.map((m) => [m.period, m.posts])), tz).toEqual(Object.fromEntries(expected.monthly));
          expect(actual.undated).toBe(expected.undated);
        }
      });

      for (const kind of ['hashtags', 'sounds', 'mentions', 'authors'] as RefTopKind[]) {
        it(`top ${kind} by posts, authors and views`, () => {
          for (const by of ['posts', 'authors', 'views'] as const) {
            const actual = topEntities(db, selectPosts(db, filter), { kind, by, limit: 1_000_000 });
            const expected = refTop(subset, kind, by);
            expect(actual.totals).toEqual(expected.totals);
            expect(actual.items.map((i) => i.key)).toEqual(expected.items.map((i) => i.key));
            expectClose(actual.items, expected.items, `top ${kind} by ${by}`);
            const top10 = topEntities(db, selectPosts(db, filter), { kind, by, limit: 10 });
            expect(top10.items.map((i) => i.key)).toEqual(expected.items.slice(0, 10).map((i) => i.key));
          }
        });
      }
    });
  }
});
