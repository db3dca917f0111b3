/**
 * A generated study for comparing every statistic with the plain reference implementation: a few
 * thousand posts from a seeded PRNG, with the awkward cases mixed in — missing and zero counts,
 * approximate counts, undated posts, posts around DST switches, hashtags that differ only by case
 * or Unicode normalisation, duplicates in one post, handles in several spellings.
 */
import type { FixturePost } from './analysisStudy.testkit';

export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAG_SPELLINGS = [
  ['Café', 'cafe\u0301', 'CAFÉ', '#café'],
  ['fyp', 'FYP', '#Fyp'],
  ['İstanbul', 'i\u0307stanbul'],
  ['dance'],
  ['😀party'],
  ['～wave'],
  ['straße', 'STRASSE'],
  ...Array.from({ length: 20 }, (_, i) => [`tag${i}`, `Tag${i}`]),
];

/** UTC instants of the 2023 DST switches in New York and Berlin. */
const SWITCHES = ['2023-03-12T07:00:00Z', '2023-11-05T06:00:00Z', '2023-03-26T01:00:00Z', '2023-10-29T01:00:00Z'].map((s) => Date.parse(s) / 1000);

export const GENERATED_SOUNDS = Array.from({ length: 25 }, (_, i) => `7${String(i * 7919).padStart(18, '0')}`);

export function generatedPosts(n: number, seed = 20240607): FixturePost[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const count = (p: number, max: number) => (chance(p) ? null : Math.floor(random() * max));
  const year = Date.parse('2023-01-01T00:00:00Z') / 1000;
  const posts: FixturePost[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.floor(random() ** 2 * 40); // skewed: low numbers post more
    const author = chance(0.02) ? null : chance(0.1) ? `USER${a}` : `user${a}`;
    const r = random();
    const time =
      r < 0.03 ? null : r < 0.13 ? pick(SWITCHES) + Math.floor((random() - 0.5) * 6 * 3600) : r < 0.15 ? year - 3600 + Math.floor(random() * 7200) : year + Math.floor(random() * 365 * 86400);
    const views = chance(0.05) ? null : chance(0.04) ? 0 : Math.floor(Math.exp(4 + random() * 8));
    const tags: string[] = [];
    const tagCount = Math.floor(random() * 6);
    for (let t = 0; t < tagCount; t++) tags.push(pick(pick(TAG_SPELLINGS)));
    if (tags.length && chance(0.1)) tags.push(tags[0]!.toUpperCase());
    const approx = chance(0.08) ? (['views', 'likes', 'comments', 'shares', 'saves'] as const).filter(() => chance(0.5)) : [];
    posts.push({
      id: String(7_000_000_000_000_000_000n + BigInt(i)),
      author,
      followers: a % 3 === 0 ? 1000 * (a + 1) : a % 3 === 1 && chance(0.5) ? 0 : null,
      followersApprox: a % 6 === 0,
      time,
      sound: chance(0.05) ? null : pick(GENERATED_SOUNDS),
      soundTitle: chance(0.5) ? `Sound ${i % 7}` : null,
      tags,
      mentions: Array.from({ length: Math.floor(random() * 3) }, () => (chance(0.2) ? `@USER${Math.floor(random() * 40)}` : `user${Math.floor(random() * 40)}`)),
      views,
      likes: count(0.04, views === null ? 100 : views / 10 + 1),
      comments: count(0.03, 50),
      shares: count(0.03, 30),
      saves: count(0.1, 20),
      approx: [...approx],
      text: chance(0.2) ? `hello world ${i}` : `post ${i}`,
    });
  }
  return posts;
}
