/**
 * Conformance on the real public files in ../shared/fixtures (see fixtures/real/CATALOG.md and
 * fixtures/research-api/PROVENANCE.md): detection, posts vs rejections, stats, and exact values of
 * a few records. Expected totals were cross-checked with independent Python scripts over the raw
 * files (e.g. GESIS: 25,968 per-post tags, 7,302 distinct, 345 empty lists).
 *
 * Files are read with a minimal local reader — papaparse for CSV, lossless-json for JSON (never
 * JSON.parse: it rounds 64-bit IDs) — so this tests the mappers, not the readers. Skips with a
 * message where the folder is absent (it is never copied into this repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInteger, isSafeNumber, parse } from 'lossless-json';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { POST_FLAG, type NormalisedPost } from '../../../../shared/domain/post';
import type { JsonValue } from '../read/types';
import { compileCsvMapper, compileJsonMapper, createMapStats, detectCsvFormat, detectJsonFormat, jsonRecordPaths, type MapStats } from './index';
import { valueAtPath } from './jsonRecords';

const SHARED = fileURLToPath(new URL('../../../../../../shared/fixtures/', import.meta.url));
const REAL = join(SHARED, 'real');
const API = join(SHARED, 'research-api');
const present = existsSync(join(REAL, 'CATALOG.md')) && existsSync(API);
if (!present) console.warn(`real-file mapping conformance skipped: ${SHARED} not found`);

/** Safe numbers as numbers, unsafe integers as digit strings (what the readers hand over). */
function parseJson(text: string): JsonValue {
  return parse(text, undefined, (v) => (isSafeNumber(v) ? Number(v) : isInteger(v) ? v : Number(v))) as JsonValue;
}

interface Mapped {
  format: string;
  posts: NormalisedPost[];
  errors: string[];
  stats: MapStats;
}

function collect(format: string, outcomes: Array<{ post: NormalisedPost } | { error: string }>, stats: MapStats): Mapped {
  const posts: NormalisedPost[] = [];
  const errors: string[] = [];
  for (const o of outcomes) {
    if ('post' in o) posts.push(o.post);
    else errors.push(o.error);
  }
  return { format, posts, errors, stats };
}

function mapCsv(path: string): Mapped {
  const rows = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const detected = detectCsvFormat(header);
  const stats = createMapStats();
  const map = compileCsvMapper(header, detected.mapping, { format: detected.format, timezone: 'UTC', stats });
  return collect(detected.format, rows.slice(1).map(map), stats);
}

function mapJsonDocument(path: string): Mapped {
  const doc = parseJson(readFileSync(path, 'utf8'));
  const { format } = detectJsonFormat({ container: 'json', document: doc });
  const stats = createMapStats();
  const map = compileJsonMapper(format, { format, timezone: 'UTC', stats });
  return collect(format, jsonRecordPaths(format, doc).map((p) => map(valueAtPath(doc, p)!)), stats);
}

function mapNdjson(path: string): Mapped {
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseJson);
  const { format } = detectJsonFormat({ container: 'ndjson', records });
  const stats = createMapStats();
  const map = compileJsonMapper(format, { format, timezone: 'UTC', stats });
  return collect(format, records.map(map), stats);
}

const sum = (posts: NormalisedPost[], f: (p: NormalisedPost) => number): number => posts.reduce((a, p) => a + f(p), 0);
const byId = (posts: NormalisedPost[], id: string): NormalisedPost => {
  const p = posts.find((x) => x.id === id);
  if (!p) throw new Error(`no post ${id}`);
  return p;
};

describe.skipIf(!present)('real files: Zeeschuimer capture', () => {
  const ndjson = present ? mapNdjson(join(REAL, 'zeeschuimer-decoder/tiktok-test.ndjson')) : null!;

  it('maps all 96 NDJSON records', () => {
    expect(ndjson.format).toBe('zeeschuimer-ndjson');
    expect(ndjson.posts).toHaveLength(96);
    expect(ndjson.errors).toEqual([]);
    expect(new Set(ndjson.posts.map((p) => p.id)).size).toBe(96);
  });

  it('finds the 8 textExtra mentions and nothing from display names in captions', () => {
    expect(ndjson.posts.flatMap((p) => p.mentions).sort()).toEqual(
      ['15.rojasss', 'aldinovresky_03', 'arjanitmuriqii', 'jocy_michel01', 'kintaspraypaint', 'musatamerkilicparlar', 'ss_k310', 'user7428787320654'],
    );
  });

  it('merges textExtra, challenges and caption hashtags per post', () => {
    // 464 textExtra hashtag entities; after merging with challenges and the caption and removing
    // per-post duplicates, 457 post–tag pairs remain (two posts spell #SONDAKİKA in the caption and
    // "sondakika" in textExtra: one tag once the dotted İ is folded).
    expect(sum(ndjson.posts, (p) => p.hashtags.length)).toBe(457);
    const first = byId(ndjson.posts, '7288995634328177926');
    expect(first.hashtags).toEqual(['fosfor', 'bomba', 'fosforbombası', 'israil', 'gazze', 'sıcakbölge', 'filistin', 'sondakika', 'haber', 'çatışma', 'habertürktv', 'ekim']);
  });

  it('reads the first record exactly', () => {
    const p = byId(ndjson.posts, '7288995634328177926');
    expect(p).toMatchObject({
      authorHandle: 'haberturktv',
      authorId: '7158414720537232389',
      authorName: 'Habertürk TV',
      authorFollowers: 277400,
      createTime: 1697101549,
      musicId: '7288995737794005765',
      musicTitle: 'orijinal ses',
      views: 3597,
      likes: 59,
      comments: 3,
      shares: 0,
      saves: 9,
      durationSeconds: 277,
      isAd: false,
      approximate: ['followers'],
    });
  });

  it('flags the display-rounded counts and the one time mismatch', () => {
    expect(ndjson.stats.approximateCounts).toBe(81);
    expect(ndjson.stats.timeMismatches).toBe(1);
    expect(ndjson.posts.filter((p) => p.flags & POST_FLAG.timeMismatch).map((p) => p.id)).toEqual(['7249245896603356424']);
    expect(ndjson.stats.missingCounts).toEqual({});
  });

  it('maps the flattened CSV of the same capture to the same posts', () => {
    const csv = mapCsv(join(REAL, 'zeeschuimer-decoder/tiktok-test.csv'));
    expect(csv.format).toBe('zeeschuimer-csv');
    expect(csv.posts).toHaveLength(96);
    expect(csv.errors).toEqual([]);
    expect(csv.stats.approximateCounts).toBe(81);
    for (const p of csv.posts) {
      const q = byId(ndjson.posts, p.id);
      expect([p.authorHandle, p.authorName, p.authorFollowers, p.views, p.likes, p.comments, p.shares], p.id).toEqual([
        q.authorHandle,
        q.authorName,
        q.authorFollowers,
        q.views,
        q.likes,
        q.comments,
        q.shares,
      ]);
    }
  });

  it('reads the single pretty-printed record like its NDJSON line', () => {
    const single = mapJsonDocument(join(REAL, 'zeeschuimer-decoder/tiktok.json'));
    expect(single.format).toBe('zeeschuimer-ndjson');
    expect(single.posts).toHaveLength(1);
    expect(single.posts[0]).toEqual(byId(ndjson.posts, '7288995634328177926'));
  });
});

describe.skipIf(!present)('real files: GESIS News on TikTok', () => {
  const gesis = present ? mapCsv(join(REAL, 'gesis-news-on-tiktok/tiktok.csv')) : null!;

  it('maps all 4,287 rows', () => {
    expect(gesis.format).toBe('gesis-csv');
    expect(gesis.posts).toHaveLength(4287);
    expect(gesis.errors).toEqual([]);
  });

  it('flags every row: create_time is about 7 days before the ID time', () => {
    expect(gesis.stats.timeMismatches).toBe(4287);
    expect(gesis.stats.zoneAssumed).toBe(4287);
    expect(gesis.stats.unparsedTimes).toBe(0);
  });

  it('reads the Python-list hashtags', () => {
    expect(sum(gesis.posts, (p) => p.hashtags.length)).toBe(25968);
    expect(new Set(gesis.posts.flatMap((p) => p.hashtags)).size).toBe(7302);
    expect(gesis.posts.filter((p) => p.hashtags.length === 0)).toHaveLength(345);
  });

  it('reads the first row exactly', () => {
    expect(gesis.posts[0]).toMatchObject({
      id: '7203375632661695749',
      musicId: '7203375660541807365',
      createTime: 1676561788,
      createTimeOriginal: '2023-02-16 15:36:28',
      likes: 38,
      views: 680,
      comments: 1,
      shares: 3,
      hashtags: ['tagi', 'steuern', 'tagesanzeiger'],
      authorHandle: null,
      flags: POST_FLAG.timeMismatch,
    });
    expect(gesis.posts.filter((p) => p.musicId === null)).toHaveLength(1);
    expect(gesis.stats.missingCounts).toEqual({});
  });
});

describe.skipIf(!present)('real files: Apify sheet with mangled IDs', () => {
  const apify = present ? mapCsv(join(REAL, 'souha-health-apify/train_first14rows.csv')) : null!;

  it('recovers 11 mangled IDs from the URLs and keeps the 3 full ones', () => {
    expect(apify.format).toBe('apify-csv');
    expect(apify.posts).toHaveLength(14);
    expect(apify.errors).toEqual([]);
    expect(apify.stats.idsFromUrl).toBe(11);
    expect(apify.posts.map((p) => p.id).slice(0, 3)).toEqual(['7252455790680771845', '7395828208001715462', '7393324860778286354']);
    expect(byId(apify.posts, '7360995121963273505').flags & POST_FLAG.idFromUrl).toBe(0);
  });

  it('takes handles from URLs, separates emoji-glued tags, and finds no time mismatch', () => {
    expect(byId(apify.posts, '7415939157635255559').authorHandle).toBe('its.cigarette');
    expect(byId(apify.posts, '7231247252486917382').hashtags).toEqual(['browngirl', 'naturalbeauty']);
    expect(apify.stats.timeMismatches).toBe(0);
    expect(apify.stats.approximateCounts).toBe(13);
    // Row 6 has an empty caption.
    expect(byId(apify.posts, '7415939157635255559').description).toBeNull();
  });
});

describe.skipIf(!present)('real files: tiktok-scraper trending dump', () => {
  const trending = present ? mapJsonDocument(join(REAL, 'tiktok-scraper-trending/trending.json')) : null!;

  it('maps all 1,000 items', () => {
    expect(trending.format).toBe('tiktok-scraper-json');
    expect(trending.posts).toHaveLength(1000);
    expect(trending.errors).toEqual([]);
  });

  it('has 204 posts with mentions (249 in all) and 5,351 post–tag pairs', () => {
    expect(trending.posts.filter((p) => p.mentions.length > 0)).toHaveLength(204);
    expect(sum(trending.posts, (p) => p.mentions.length)).toBe(249);
    expect(sum(trending.posts, (p) => p.hashtags.length)).toBe(5351);
    expect(trending.stats.approximateCounts).toBe(961);
  });

  it('reads the catalog’s sample item exactly', () => {
    expect(byId(trending.posts, '6898699405898059010')).toMatchObject({
      authorHandle: 'jackeyephone',
      createTime: 1606228625,
      musicId: '6881287666340481026',
      musicTitle: 'Pilfingerdansen - Remix',
      musicAuthor: 'Sigurd Barrett',
      likes: 936200,
      shares: 21100,
      views: 15300000,
      comments: 27100,
      hashtags: ['tiktok', 'viral', 'fyp', 'iphone', 'test', 'bend'],
    });
  });
});

describe.skipIf(!present)('real files: Research API responses', () => {
  it('keeps the doc example’s 64-bit IDs exact (2 records)', () => {
    const traktok = mapJsonDocument(join(REAL, 'traktok-research-api/example_resp_q_videos.json'));
    expect(traktok.format).toBe('research-api-json');
    expect(traktok.posts.map((p) => p.id)).toEqual(['702874395068494965', '702874395068494965']);
    expect(traktok.posts[0]).toMatchObject({
      musicId: '703847506349838790',
      createTime: 1633823999,
      region: 'CA',
      views: 1050,
      comments: 2,
      likes: null,
      shares: null,
      hashtags: ['pov', 'avengers'],
    });
    expect(traktok.stats.missingCounts).toEqual({ likes: 2, shares: 2 });
  });

  it('reads a real page: a missing like_count is null and tallied', () => {
    const page = mapJsonDocument(join(API, 'research_video_query_200_page1_c4d.json'));
    expect(page.format).toBe('research-api-json');
    expect(page.posts.map((p) => p.id)).toEqual(['7320768196569599275', '7320768187275005226', '7320768149928955182', '7320768048418311455']);
    expect(page.posts[2]!.likes).toBeNull();
    expect(page.stats.missingCounts).toEqual({ likes: 1 });
    expect(page.posts[0]).toMatchObject({ authorHandle: 's.clovis', musicId: '7159460238003800066', mentions: ['marvelkitties2022'], hashtags: ['duet', 'cats'] });
    expect(page.stats.timeMismatches).toBe(0);
  });

  it('strips the NUL characters from a real username', () => {
    const page = mapJsonDocument(join(API, 'research_video_query_200_nullbytes_c4d.json'));
    expect(page.posts).toHaveLength(1);
    expect(page.posts[0]!.authorHandle).toBe('حموديالباشا4');
    expect(page.posts[0]!.id).toBe('7435406205763226897');
    expect(page.posts[0]!.hashtags).toEqual(['تيم_الرافدين', 'تيك_توك', 'ابوجبل', 'الباشا👑']);
  });

  it('rejects an error body and a comment list with reasons', () => {
    const error = mapJsonDocument(join(API, 'research_error_400_invalid_count_or_cursor_c4d_issue89.json'));
    expect(error.posts).toEqual([]);
    expect(error.errors).toEqual(['a Research API error response (invalid_params: Invalid count or cursor), not a video']);
    const comments = mapJsonDocument(join(API, 'research_comment_list_200_c4d.json'));
    expect(comments.posts).toEqual([]);
    expect(comments.errors).toEqual(['a Research API comment list: comments are not posts']);
  });
});
