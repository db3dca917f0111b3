import { afterAll, describe, expect, it } from 'vitest';

import { makeAnalysisStudy } from './analysisStudy.testkit';
import { postingPatterns } from './patterns';
import { selectPosts } from './selection';

const DST_POSTS = [
  // New York, spring forward at 07:00Z (02:00 EST → 03:00 EDT) and fall back at 06:00Z.
  { id: 'a', time: '2023-03-12T06:59:59Z' },
  { id: 'b', time: '2023-03-12T07:00:00Z' },
  { id: 'c', time: '2023-11-05T05:30:00Z' },
  { id: 'd', time: '2023-11-05T06:30:00Z' },
  // Berlin, spring forward at 01:00Z (02:00 CET → 03:00 CEST) and fall back at 01:00Z.
  { id: 'e', time: '2023-03-26T00:59:59Z' },
  { id: 'f', time: '2023-03-26T01:00:00Z' },
  { id: 'g', time: '2023-10-29T00:30:00Z' },
  { id: 'h', time: '2023-10-29T01:30:00Z' },
  // Local midnight of 1 July 2023 in Kolkata (+05:30) and Kathmandu (+05:45).
  { id: 'i', time: '2023-06-30T18:29:59Z' },
  { id: 'j', time: '2023-06-30T18:30:00Z' },
  { id: 'k', time: '2023-06-30T18:14:59Z' },
  { id: 'l', time: '2023-06-30T18:15:00Z' },
  { id: 'undated', time: null },
];

function nonZeroCells(tz: string, db: ReturnType<typeof makeAnalysisStudy>) {
  const p = postingPatterns(selectPosts(db, {}), tz);
  expect(p.cells).toHaveLength(168);
  return Object.fromEntries(p.cells.filter((c) => c.posts > 0).map((c) => [`${c.weekday}:${c.hour}`, c.posts]));
}

describe('posting patterns in any IANA zone', () => {
  const db = makeAnalysisStudy(DST_POSTS);
  afterAll(() => db.close());

  it('places posts on both sides of the New York DST switches (weekday 7 = Sunday)', () => {
    // a 01:59:59 EST, b 03:00 EDT (no 02:00 hour that night), c 01:30 EDT, d 01:30 EST.
    expect(nonZeroCells('America/New_York', db)).toEqual({ '7:1': 3, '7:3': 1, '6:20': 2, '6:21': 2, '5:14': 4 });
  });

  it('places posts on both sides of the Berlin DST switches', () => {
    // e 01:59:59 CET, f 03:00 CEST, g 02:30 CEST, h 02:30 CET; a/d 07:xx, b 08:00, c 06:30.
    expect(nonZeroCells('Europe/Berlin', db)).toEqual({ '7:1': 1, '7:3': 1, '7:2': 2, '7:7': 2, '7:8': 1, '7:6': 1, '5:20': 4 });
  });

  it('handles +05:30 and +05:45 at local midnight', () => {
    const kolkata = nonZeroCells('Asia/Kolkata', db);
    expect([kolkata['5:23'], kolkata['6:0']]).toEqual([3, 1]);
    const kathmandu = nonZeroCells('Asia/Kathmandu', db);
    expect([kathmandu['5:23'], kathmandu['6:0']]).toEqual([1, 3]);
  });

  it('zero-fills daily, weekly and monthly series in the chosen zone and counts undated posts apart', () => {
    const p = postingPatterns(selectPosts(db, { from: '2023-06-30', to: '2023-06-30' }), 'Asia/Kathmandu');
    expect(p.daily).toEqual([
      { date: '2023-06-30', posts: 1 },
      { date: '2023-07-01', posts: 3 },
    ]);
    expect(p.weekly).toEqual([{ period: '2023-W26', start: '2023-06-26', posts: 4 }]);
    expect(p.monthly).toEqual([
      { period: '2023-06', start: '2023-06-01', posts: 1 },
      { period: '2023-07', start: '2023-07-01', posts: 3 },
    ]);
    const all = postingPatterns(selectPosts(db, {}), 'UTC');
    expect(all).toMatchObject({ posts: 13, undated: 1, firstDate: '2023-03-12', lastDate: '2023-11-05' });
    expect(all.daily).toHaveLength(239);
    expect(all.daily.reduce((a, d) => a + d.posts, 0)).toBe(12);
    expect(all.monthly.map((m) => m.period)).toEqual(['2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11']);
  });

  it('places posts one by one where an offset is not a whole number of quarter hours', () => {
    // Monrovia kept -00:44:30 until 1972: a 15-minute UTC bucket can straddle a local hour or midnight.
    const old = makeAnalysisStudy([
      { id: 'm', time: '1970-06-01T12:44:00Z' }, // 11:59:30 Monday
      { id: 'n', time: '1970-06-01T12:44:45Z' }, // 12:00:15
      { id: 'o', time: '1970-06-01T00:44:00Z' }, // 23:59:30 Sunday 31 May
      { id: 'p', time: '1970-06-01T00:44:40Z' }, // 00:00:10 Monday
    ]);
    try {
      expect(nonZeroCells('Africa/Monrovia', old)).toEqual({ '1:11': 1, '1:12': 1, '7:23': 1, '1:0': 1 });
      expect(postingPatterns(selectPosts(old, {}), 'Africa/Monrovia').daily).toEqual([
        { date: '1970-05-31', posts: 1 },
        { date: '1970-06-01', posts: 3 },
      ]);
    } finally {
      old.close();
    }
  });

  it('rejects an unknown zone', () => {
    expect(() => postingPatterns(selectPosts(db, {}), 'Nowhere/Else')).toThrow(/not a known IANA time zone/);
  });
});
