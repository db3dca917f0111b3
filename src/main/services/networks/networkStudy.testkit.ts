/**
 * Small studies for network tests, written through the real PostWriter. Posts are given in a raw
 * shape (spellings as a source would have them); hashtags and mentions are normalised here the way
 * the importer does (NFC + lower-case, de-duplicated per post, first spelling kept for display).
 */
import { createDataset } from '../../db/repositories/datasets';
import { PostWriter } from '../../db/repositories/postWriter';
import { createStudyFile } from '../../app/studySession';
import { openStudyDb, type Db } from '../../db/connection';
import { normaliseHandle, normaliseTag } from '../../../shared/domain/normalise';
import type { NormalisedPost } from '../../../shared/domain/post';
import { seededRandom } from './seededRandom';

export interface RawPost {
  id: string;
  handle?: string | null;
  authorId?: string | null;
  authorName?: string | null;
  sound?: string | null;
  soundTitle?: string | null;
  tags?: string[];
  mentions?: string[];
  /** Unix seconds. */
  time?: number;
  /** 0 or 1: which of the two datasets the post is imported with. */
  dataset?: number;
}

function normalised(p: RawPost): NormalisedPost {
  const hashtags: string[] = [];
  const hashtagDisplay: Record<string, string> = {};
  for (const raw of p.tags ?? []) {
    const tag = normaliseTag(raw);
    if (!tag || hashtagDisplay[tag] !== undefined) continue;
    hashtags.push(tag);
    hashtagDisplay[tag] = raw.replace(/^#/, '');
  }
  const mentions = [...new Set((p.mentions ?? []).map(normaliseHandle).filter(Boolean))];
  return {
    id: p.id,
    authorHandle: p.handle ?? null,
    authorId: p.authorId ?? null,
    authorName: p.authorName ?? null,
    authorFollowers: null,
    createTime: p.time ?? 1_700_000_000,
    createTimeOriginal: null,
    description: null,
    musicId: p.sound ?? null,
    musicTitle: p.soundTitle ?? null,
    musicAuthor: null,
    hashtags,
    hashtagDisplay,
    mentions,
    region: null,
    durationSeconds: null,
    views: 1,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    isAd: null,
    url: null,
    approximate: [],
    flags: 0,
  };
}

export interface TestStudy {
  db: Db;
  datasetIds: [number, number];
}

/** In memory by default; with a file path, a real study file the CLI and the app can open. */
export function makeStudy(posts: readonly RawPost[], file = ':memory:'): TestStudy {
  const db = file === ':memory:' ? openStudyDb(file, { create: true }) : createStudyFile(file, 'test');
  const dataset = (label: string) =>
    createDataset(db, {
      kind: 'file',
      label,
      sourceName: `${label}.csv`,
      sourceSize: null,
      format: 'test',
      container: null,
      encoding: null,
      delimiter: null,
      mapping: null,
      toolVersion: 'test',
      startedAt: new Date(0).toISOString(),
    });
  const ids: [number, number] = [dataset('first'), dataset('second')];
  db.transaction(() => {
    for (const which of [0, 1]) {
      const writer = new PostWriter(db, ids[which]!);
      writer.write(posts.filter((p) => (p.dataset ?? 0) === which).map((p, line) => ({ post: normalised(p), line, raw: '{}' })));
    }
  })();
  return { db, datasetIds: ids };
}

/** Hand-made edge cases every kind must get right. */
export function edgeCasePosts(): RawPost[] {
  return [
    // One author, many posts, one sound: counts once in co-use networks, thrice in author-sound.
    { id: '1', handle: 'Alice', sound: 's1', soundTitle: 'Song & "One"', tags: ['Café', 'CAFÉ', '#fyp'] },
    { id: '2', handle: 'alice', sound: 's1', tags: ['cafe\u0301', 'fyp'] },
    { id: '3', handle: 'ALICE', sound: 's1', tags: ['東京'] },
    { id: '4', handle: 'bob', authorName: 'Bob <the> "Builder" & co\u0000\u0008', sound: 's1', tags: ['FYP', 'Straße'], mentions: ['Alice', 'bob', 'carol'] },
    { id: '5', handle: 'carol', sound: 's2', tags: ['straße', '東京', 'fyp'], mentions: ['alice', 'alice', 'dave_never_posts'] },
    { id: '6', handle: 'carol', sound: 's2', tags: ['fyp'], mentions: ['carol'] },
    // An author known only by platform id; a post with no author; a post with no sound.
    { id: '7', authorId: '6800000000000000001', sound: 's2', tags: ['Café', 'solo🎶'], mentions: ['bob'] },
    { id: '8', sound: 's1', tags: ['fyp', 'orphan'] },
    { id: '9', handle: 'dave', tags: ['fyp', 'Straße'], mentions: ['Bob'] },
    // A hashtag spelled like a handle (bipartite id clash), and a handle that is only in a mention.
    { id: '10', handle: 'erin', sound: 's3', tags: ['alice'], mentions: ['Erin'], dataset: 1, time: 1_710_000_000 },
    { id: '11', handle: 'bob', sound: 's3', tags: ['alice', 'Straße'], dataset: 1, time: 1_710_000_000 },
  ];
}

/** A seeded random study: Zipf-ish authors, sounds and tags, mentions, repeated use. */
export function randomPosts(n: number, seed: number): RawPost[] {
  const random = seededRandom(seed);
  const pick = (k: number) => Math.floor(Math.pow(random(), 2) * k);
  const tagSpellings = (t: number) => [`Tag${t}`, `tag${t}`, `TAG${t}`][Math.floor(random() * 3)]!;
  const posts: RawPost[] = [];
  for (let i = 0; i < n; i++) {
    const author = pick(40);
    const tags: string[] = [];
    const tagCount = Math.floor(random() * 5);
    for (let k = 0; k < tagCount; k++) tags.push(tagSpellings(pick(30)));
    const mentions: string[] = [];
    if (random() < 0.4) mentions.push(`User${pick(45)}`);
    if (random() < 0.1) mentions.push(`user${author}`);
    posts.push({
      id: String(1000 + i),
      handle: random() < 0.05 ? null : `User${author}`,
      authorId: `9${author}`,
      sound: random() < 0.1 ? null : `77${pick(12)}`,
      tags,
      mentions,
      time: 1_700_000_000 + i * 3600,
      dataset: random() < 0.3 ? 1 : 0,
    });
  }
  return posts;
}
