import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../import/read/csvTokenizer';
import { generatePostsCsv, POSTS_CSV_HEADER, writePostsCsv } from './generatePosts';

const SAMPLE = fileURLToPath(new URL('../../../../resources/sample/sample-posts.csv', import.meta.url));

function generate(n: number, seed?: number): { text: string; chunks: number } {
  let text = '';
  let chunks = 0;
  generatePostsCsv(seed === undefined ? { n } : { n, seed }, (c) => {
    text += c;
    chunks++;
  });
  return { text, chunks };
}

function parse(text: string): { header: string[]; rows: string[][] } {
  const records: string[][] = [];
  const errors: string[] = [];
  const t = new CsvTokenizer({ record: (f) => records.push(f), error: (_l, r) => errors.push(r) });
  t.push(text);
  t.end();
  expect(errors).toEqual([]);
  return { header: records[0]!, rows: records.slice(1) };
}

const N = 20_000;
const { text: big, chunks: bigChunks } = generate(N, 7);
const { header, rows } = parse(big);
const col = (name: string): string[] => rows.map((r) => r[header.indexOf(name)]!);

function countBy(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

describe('generatePostsCsv', () => {
  it('is deterministic: same seed, same bytes; another seed, other bytes; default seed 42', () => {
    expect(generate(500, 1).text).toBe(generate(500, 1).text);
    expect(generate(500, 2).text).not.toBe(generate(500, 1).text);
    expect(generate(50).text).toBe(generate(50, 42).text);
  });

  it('the committed sample (3,000 rows, seed 42) is exactly what the generator produces', () => {
    expect(existsSync(SAMPLE), SAMPLE).toBe(true);
    const committed = readFileSync(SAMPLE);
    expect(committed.equals(Buffer.from(generate(3000, 42).text))).toBe(true);
  });

  it('streams in chunks instead of building one string', () => {
    expect(bigChunks).toBeGreaterThan(1);
  });

  it('writes the common academic schema: header, n rows of 10 well-formed fields', () => {
    expect(big.startsWith(POSTS_CSV_HEADER + '\n')).toBe(true);
    expect(header).toEqual(POSTS_CSV_HEADER.split(','));
    expect(rows).toHaveLength(N);
    expect(rows.every((r) => r.length === 10)).toBe(true);
  });

  it('video ids are 19 digits above 2^53, unique, and encode the create time in 2023', () => {
    const ids = col('video_id');
    expect(new Set(ids).size).toBe(N);
    const times = col('create_time');
    ids.forEach((id, i) => {
      expect(id).toMatch(/^\d{19}$/);
      expect(BigInt(id)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
      const seconds = Number(BigInt(id) >> 32n);
      expect(new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z').toBe(times[i]);
      expect(times[i]!.startsWith('2023-')).toBe(true);
    });
    expect(col('music_id').every((m) => /^[67]\d{18}$/.test(m))).toBe(true);
  });

  it('authors, sounds and hashtags follow skewed (Zipf-like) distributions of the expected sizes', () => {
    const authors = countBy(col('author_id'));
    expect(authors.size).toBeLessThanOrEqual(N / 20);
    expect(authors.size).toBeGreaterThan(N / 40);
    const topAuthorShare = Math.max(...authors.values()) / N;
    expect(topAuthorShare).toBeGreaterThan(0.003);
    expect(topAuthorShare).toBeLessThan(0.02);

    const sounds = countBy(col('music_id'));
    expect(sounds.size).toBeLessThanOrEqual(N / 50);
    const topSoundShare = Math.max(...sounds.values()) / N;
    expect(topSoundShare).toBeGreaterThan(0.04);
    expect(topSoundShare).toBeLessThan(0.12);

    const tagLists = col('hashtags').map((h) => (h === '' ? [] : h.split(',')));
    expect(tagLists.every((t) => t.length <= 8 && new Set(t).size === t.length)).toBe(true);
    const meanTags = tagLists.reduce((a, t) => a + t.length, 0) / N;
    expect(meanTags).toBeGreaterThan(3.3);
    expect(meanTags).toBeLessThan(3.9);
    const tags = countBy(tagLists.flat());
    expect(tags.size).toBeLessThanOrEqual(N / 10);
    expect([...tags.entries()].sort((a, b) => b[1] - a[1])[0]![0]).toBe('fyp');
  });

  it('posting hours follow a diurnal cycle: evenings (UTC) busier than mornings', () => {
    const hours = countBy(col('create_time').map((t) => t.slice(11, 13)));
    expect(hours.get('20')! / hours.get('08')!).toBeGreaterThan(3);
  });

  it('counts are lognormal-ish and consistent; about 0.05% of rows are all zero', () => {
    const plays = col('play_count').map(Number);
    const likes = col('like_count').map(Number);
    plays.forEach((p, i) => expect(likes[i]).toBeLessThanOrEqual(p));
    const sorted = [...plays].sort((a, b) => a - b);
    const median = sorted[N / 2]!;
    expect(median).toBeGreaterThan(2000);
    expect(median).toBeLessThan(4500);
    expect(sorted[N - 1]!).toBeGreaterThan(100 * median); // heavy tail
    const zeros = rows.filter((r) => r.slice(6).every((v) => v === '0')).length;
    expect(zeros).toBeLessThan(N * 0.003);
  });

  it('descriptions exercise quoting, line breaks, emoji, @mentions of other authors and #tags', () => {
    const descs = col('desc');
    const authorOf = col('author_id');
    const authors = new Set(authorOf);
    expect(descs.some((d) => d.includes('\n'))).toBe(true);
    expect(descs.some((d) => d.includes('"'))).toBe(true);
    expect(descs.some((d) => d.includes(','))).toBe(true);
    expect(descs.some((d) => /\p{Extended_Pictographic}/u.test(d))).toBe(true);
    const mentions = descs.flatMap((d, i) => [...d.matchAll(/@(user\d+)/g)].map((m) => [m[1]!, authorOf[i]!]));
    expect(mentions.length).toBeGreaterThan(N * 0.2);
    expect(mentions.every(([m, self]) => m !== self)).toBe(true);
    expect(mentions.filter(([m]) => authors.has(m!)).length / mentions.length).toBeGreaterThan(0.9);
    const tagged = rows.filter((r) => r[5] !== '');
    expect(tagged.every((r) => r[5]!.split(',').every((t) => r[3]!.includes('#' + t)))).toBe(true);
  });
});

describe('writePostsCsv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tokscope-gen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly the generated text and leaves no temporary file behind', () => {
    const path = join(dir, 'posts.csv');
    writePostsCsv(path, { n: 1234, seed: 9 });
    expect(readFileSync(path, 'utf8')).toBe(generate(1234, 9).text);
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });
});
