/**
 * Studies for analysis tests, written through the real PostWriter. Posts are given the way a source
 * would spell them (hashtags with any case, '#', NFC or NFD, duplicates); they are normalised here
 * as the importer does (NFC + lower-case, first spelling kept for display), but duplicates are
 * passed on so the database's own de-duplication is exercised too.
 */
import { createStudyFile } from '../../app/studySession';
import { openStudyDb, type Db } from '../../db/connection';
import { createDataset } from '../../db/repositories/datasets';
import { PostWriter } from '../../db/repositories/postWriter';
import { normaliseHandle, normaliseTag } from '../../../shared/domain/normalise';
import type { CountField, NormalisedPost } from '../../../shared/domain/post';

export interface FixturePost {
  id: string;
  author?: string | null;
  followers?: number | null;
  followersApprox?: boolean;
  /** Unix seconds, or an ISO 8601 timestamp; null/undefined = undated. */
  time?: number | string | null;
  sound?: string | null;
  soundTitle?: string | null;
  tags?: string[];
  mentions?: string[];
  views?: number | null;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
  approx?: CountField[];
  text?: string | null;
}

export function unixOf(time: number | string | null | undefined): number | null {
  if (time === null || time === undefined) return null;
  return typeof time === 'number' ? time : Math.floor(Date.parse(time) / 1000);
}

function normalised(p: FixturePost): NormalisedPost {
  const hashtagDisplay: Record<string, string> = {};
  const hashtags = (p.tags ?? []).map((raw) => {
    const tag = normaliseTag(raw);
    hashtagDisplay[tag] ??= raw.replace(/^#/, '');
    return tag;
  });
  const approximate = [...(p.approx ?? []), ...(p.followersApprox ? (['followers'] as const) : [])];
  return {
    id: p.id,
    authorHandle: p.author ?? null,
    authorId: null,
    authorName: null,
    authorFollowers: p.followers ?? null,
    createTime: unixOf(p.time),
    createTimeOriginal: typeof p.time === 'string' ? p.time : null,
    description: p.text ?? null,
    musicId: p.sound ?? null,
    musicTitle: p.soundTitle ?? null,
    musicAuthor: null,
    hashtags,
    hashtagDisplay,
    mentions: (p.mentions ?? []).map(normaliseHandle),
    region: null,
    durationSeconds: null,
    views: p.views ?? null,
    likes: p.likes ?? null,
    comments: p.comments ?? null,
    shares: p.shares ?? null,
    saves: p.saves ?? null,
    isAd: null,
    url: null,
    approximate,
    flags: 0,
  };
}

/** Writes posts as one new dataset (one transaction); returns the dataset id. */
export function addPosts(db: Db, posts: readonly FixturePost[], label = 'fixture'): number {
  let datasetId = 0;
  db.transaction(() => {
    datasetId = createDataset(db, {
      kind: 'file',
      label,
      sourceName: `${label}.csv`,
      sourceSize: null,
      format: 'common-csv',
      container: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      mapping: null,
      toolVersion: 'test',
      startedAt: '2024-01-01T00:00:00Z',
    });
    new PostWriter(db, datasetId).write(posts.map((post, i) => ({ post: normalised(post), line: i + 2, raw: JSON.stringify({ id: post.id }) })));
  })();
  return datasetId;
}

/** In memory by default; with a file path, a real study file the CLI can open. */
export function makeAnalysisStudy(posts: readonly FixturePost[], file = ':memory:'): Db {
  const db = file === ':memory:' ? openStudyDb(file, { create: true }) : createStudyFile(file, 'test');
  addPosts(db, posts);
  return db;
}
