/**
 * Conformance: every real public file in ../shared/fixtures goes through the whole import into a
 * study (detect → read → map → write), with counts and exact IDs checked. Skips with a message
 * when the fixtures folder is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { openStudyDb, type Db } from '../../src/main/db/connection';
import { getPost, iteratePosts } from '../../src/main/db/repositories/postsReader';
import { runImport } from '../../src/main/services/import/runImport';
import { ROOT } from '../helpers/cli';

const SHARED = path.resolve(ROOT, '..', 'shared', 'fixtures');
const REAL = path.join(SHARED, 'real');
const API = path.join(SHARED, 'research-api');
const present = fs.existsSync(REAL) && fs.existsSync(API);
if (!present) console.warn(`conformance: ${SHARED} not found — real-file conformance tests skipped`);

async function importInto(db: Db, file: string) {
  return runImport(db, { path: file }, { actor: 'test' });
}

describe.skipIf(!present)('real public files through the whole import', () => {
  it('Zeeschuimer NDJSON capture: 96 posts, exact ids, mentions, approximate counts', async () => {
    const db = openStudyDb(':memory:', { create: true });
    const s = await importInto(db, path.join(REAL, 'zeeschuimer-decoder', 'tiktok-test.ndjson'));
    expect(s).toMatchObject({ format: 'zeeschuimer-ndjson', rowsRead: 96, inserted: 96, rejected: 0 });
    const post = getPost(db, '7288995634328177926');
    expect(post.authorHandle).toBe('haberturktv');
    expect(post.musicId).toBe('7288995737794005765');
    expect(post.views).toBe(3597);
    const all = [...iteratePosts(db)];
    expect(all.reduce((n, p) => n + p.mentions.length, 0)).toBe(8);
    expect(all.some((p) => p.approximate.includes('views'))).toBe(true);
  });

  it('the flattened Zeeschuimer CSV of the same capture updates nothing that the NDJSON already had wrong', async () => {
    const db = openStudyDb(':memory:', { create: true });
    await importInto(db, path.join(REAL, 'zeeschuimer-decoder', 'tiktok-test.ndjson'));
    const s = await importInto(db, path.join(REAL, 'zeeschuimer-decoder', 'tiktok-test.csv'));
    expect(s).toMatchObject({ format: 'zeeschuimer-csv', rowsRead: 96, inserted: 0 });
    expect(s.updated + s.unchanged).toBe(96);
    expect([...iteratePosts(db)]).toHaveLength(96);
  });

  it('single pretty-printed item', async () => {
    const db = openStudyDb(':memory:', { create: true });
    const s = await importInto(db, path.join(REAL, 'zeeschuimer-decoder', 'tiktok.json'));
    expect(s).toMatchObject({ inserted: 1, rejected: 0 });
    expect(getPost(db, '7288995634328177926').authorHandle).toBe('haberturktv');
  });

  it('GESIS CSV: 4,287 posts, Python-list hashtags, create times flagged against the video id', async () => {
    const db = openStudyDb(':memory:', { create: true });
    const s = await importInto(db, path.join(REAL, 'gesis-news-on-tiktok', 'tiktok.csv'));
    expect(s).toMatchObject({ format: 'gesis-csv', rowsRead: 4287, inserted: 4287, rejected: 0, timeAssumption: 'UTC' });
    expect(s.timeMismatches).toBe(4287);
    const post = getPost(db, '7203375632661695749');
    expect(post.hashtags.sort()).toEqual(['steuern', 'tagesanzeiger', 'tagi']);
    expect(post).toMatchObject({ likes: 38, views: 680, comments: 1, shares: 3, timeMismatch: true, musicId: '7203375660541807365' });
  });

  it('tiktok-scraper trending.json: 1,000 posts with hashtags and mentions', async () => {
    const db = openStudyDb(':memory:', { create: true });
    const s = await importInto(db, path.join(REAL, 'tiktok-scraper-trending', 'trending.json'));
    expect(s).toMatchObject({ format: 'tiktok-scraper-json', rowsRead: 1000, inserted: 1000, rejected: 0 });
    const post = getPost(db, '6898699405898059010');
    expect(post).toMatchObject({ authorHandle: 'jackeyephone', musicId: '6881287666340481026', views: 15_300_000 });
    expect(post.hashtags).toEqual(expect.arrayContaining(['tiktok', 'viral', 'fyp', 'iphone']));
    expect([...iteratePosts(db)].filter((p) => p.mentions.length > 0)).toHaveLength(204);
  });

  it('Apify CSV sample: 14 posts, spreadsheet-mangled ids recovered from the URL', async () => {
    const db = openStudyDb(':memory:', { create: true });
    const s = await importInto(db, path.join(REAL, 'souha-health-apify', 'train_first14rows.csv'));
    expect(s).toMatchObject({ format: 'apify-csv', inserted: 14, rejected: 0 });
    expect(getPost(db, '7252455790680771845').authorHandle).toBe('alwayscuriouss');
  });

  it('traktok doc example: bare 64-bit numbers stay exact, duplicate record unchanged', async () => {
    const db = openStudyDb(':memory:', { create: true });
    const s = await importInto(db, path.join(REAL, 'traktok-research-api', 'example_resp_q_videos.json'));
    expect(s).toMatchObject({ format: 'research-api-json', rowsRead: 2, inserted: 1, rejected: 0 });
    expect(s.updated + s.unchanged).toBe(1);
    expect(getPost(db, '702874395068494965').id).toBe('702874395068494965');
  });

  it('real Research API pages: missing like_count stays missing, NUL bytes are stripped', async () => {
    const db = openStudyDb(':memory:', { create: true });
    const page1 = await importInto(db, path.join(API, 'research_video_query_200_page1_c4d.json'));
    expect(page1).toMatchObject({ format: 'research-api-json', inserted: 4, rejected: 0 });
    expect(page1.missingCounts.likes).toBe(1);
    const nul = await importInto(db, path.join(API, 'research_video_query_200_nullbytes_c4d.json'));
    expect(nul.inserted).toBe(1);
    for (const p of iteratePosts(db)) {
      expect(p.id).toMatch(/^\d{15,20}$/);
      expect(p.authorHandle ?? '').not.toContain(String.fromCharCode(0));
    }
  });
});
