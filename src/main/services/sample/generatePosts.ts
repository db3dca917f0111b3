/**
 * Deterministic synthetic TikTok posts in the "common academic schema" CSV, for the bundled sample,
 * tests and benchmarks (same seed → same bytes, on any machine).
 *
 * The statistics follow the project's benchmark generator (shared/tools/gen-posts.mjs), so numbers
 * measured on either file are comparable:
 * - authors ≈ N/20 with Zipf–Mandelbrot activity (k + 21)^-1: the top author has < 1% of posts;
 * - sounds ≈ N/50 and hashtags ≈ N/10, both Zipf (k + 2)^-1, 0–8 distinct tags per post (mean ≈ 3.6);
 * - create_time in 2023 UTC, uniform day, diurnal hour profile peaking around 20:00 UTC;
 * - play_count lognormal(ln 3000, 2); likes ≈ 5% of plays, comments ≈ 1.5% and shares ≈ 2.5% of
 *   likes, each with lognormal noise; about 0.05% of rows have all counts 0 (removed videos);
 * - video_id = (unix_seconds << 32 | random 32 bits), music_id 19 digits: both above 2^53, so any
 *   reader that turns them into JS numbers corrupts them;
 * - descriptions mix words, emoji, "quotes", commas, an occasional line break, 0–2 @mentions of
 *   other authors and the post's #hashtags, so CSV quoting is exercised on every few rows.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Discrete, Random, zipfWeights } from './random';

export const POSTS_CSV_HEADER =
  'video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count';

export interface GeneratePostsOptions {
  /** Number of data rows. */
  n: number;
  /** Default 42. */
  seed?: number;
}

const POPULAR_TAGS = [
  'fyp', 'foryou', 'foryoupage', 'viral', 'trending', 'tiktok', 'funny', 'love', 'comedy', 'duet',
  'dance', 'music', 'fypシ', 'xyzbca', 'explore', 'meme', 'food', 'travel', 'fitness', 'fashion',
];
const SYLLABLES = [
  'ba', 'ko', 'mi', 'ru', 'te', 'vo', 'za', 'pi', 'de', 'nu', 'sha', 'glo', 'tik', 'wave', 'pop', 'yum',
  'chef', 'pup', 'kit', 'art', 'gym', 'play', 'bake', 'sun', 'moon', 'day', 'life', 'trick', 'diy', 'cozy',
];
const NON_ASCII_SUFFIXES = ['é', 'ñ', 'ü', 'ç', '東京', 'ж', 'ß', 'å'];
const WORDS = [
  'omg', 'this', 'is', 'so', 'good', 'wait', 'for', 'it', 'new', 'trend', 'pov', 'when', 'you', 'my',
  'day', 'in', 'the', 'life', 'recipe', 'tutorial', 'part', '2', 'try', 'not', 'to', 'laugh', 'best',
  'ever', 'challenge', 'with', 'me', 'that', 'sound', 'follow', 'more', 'lol', 'vibes', 'check', 'out', 'real',
];
const EMOJI = ['😂', '🔥', '❤️', '✨', '😭', '🙏', '💀', '👀', '🎶', '🤣'];
/** P(0..8 hashtags on a post). */
const TAGS_PER_POST = [0.08, 0.12, 0.16, 0.17, 0.15, 0.12, 0.09, 0.06, 0.05];
const YEAR_START = Date.UTC(2023, 0, 1) / 1000;

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function digits9(random: Random): string {
  return String(random.uint32() % 1_000_000_000).padStart(9, '0');
}

/** Vocabularies and samplers for one data set size; rows are then drawn one at a time. */
class PostModel {
  private readonly random: Random;
  private readonly authorCount: number;
  private readonly authorIds: Int32Array;
  private readonly authors: Discrete;
  private readonly soundIds: string[];
  private readonly sounds: Discrete;
  private readonly tags: string[];
  private readonly tagRanks: Discrete;
  private readonly tagsPerPost = new Discrete(TAGS_PER_POST);
  private readonly hours: Discrete;

  constructor(n: number, seed: number) {
    this.random = new Random(seed);
    const random = this.random;
    this.authorCount = Math.max(10, Math.round(n / 20));
    const soundCount = Math.max(5, Math.round(n / 50));
    const tagCount = Math.max(20, Math.round(n / 10));

    // Rank → shuffled id, so a handle does not reveal how active its author is.
    this.authorIds = random.permutation(this.authorCount);
    this.authors = new Discrete(zipfWeights(this.authorCount, 1, 20));

    const seen = new Set<string>();
    this.soundIds = [];
    while (this.soundIds.length < soundCount) {
      const id = (random.float() < 0.5 ? '6' : '7') + digits9(random) + digits9(random);
      if (seen.has(id)) continue;
      seen.add(id);
      this.soundIds.push(id);
    }
    this.sounds = new Discrete(zipfWeights(soundCount, 1, 1));

    this.tags = [];
    for (let i = 0; i < tagCount; i++) {
      if (i < POPULAR_TAGS.length) {
        this.tags.push(POPULAR_TAGS[i]!);
        continue;
      }
      let word = '';
      const syllables = 1 + random.int(3);
      for (let j = 0; j < syllables; j++) word += random.pick(SYLLABLES);
      if (random.float() < 0.02) word += random.pick(NON_ASCII_SUFFIXES);
      this.tags.push(word + i.toString(36)); // the rank suffix keeps every tag unique
    }
    this.tagRanks = new Discrete(zipfWeights(tagCount, 1, 1));

    const hourWeights: number[] = [];
    for (let h = 0; h < 24; h++) hourWeights.push(1 + 0.75 * Math.cos((2 * Math.PI * (h - 20)) / 24));
    this.hours = new Discrete(hourWeights);
  }

  private handle(rank: number): string {
    return `user${this.authorIds[rank]! + 1}`;
  }

  private description(tags: string[], authorRank: number): string {
    const random = this.random;
    const parts: string[] = [];
    const words = 2 + random.int(10);
    for (let i = 0; i < words; i++) {
      let w = random.pick(WORDS);
      const r = random.float();
      if (r < 0.04) w += ',';
      else if (r < 0.06) w = `"${w}"`;
      else if (r < 0.1) w += random.pick(EMOJI);
      parts.push(w);
    }
    const mentions = random.float() < 0.7 ? 0 : random.float() < 0.7 ? 1 : 2;
    for (let i = 0; i < mentions; i++) {
      let rank = this.authors.sample(random);
      if (rank === authorRank) rank = (rank + 1) % this.authorCount; // nobody mentions themselves
      parts.push('@' + this.handle(rank));
    }
    let text = parts.join(' ');
    if (random.float() < 0.03) text += `\n${random.pick(WORDS)} ${random.pick(EMOJI)}`;
    if (tags.length > 0) text += ' ' + tags.map((t) => '#' + t).join(' ');
    return text;
  }

  row(): string {
    const random = this.random;
    const authorRank = this.authors.sample(random);
    const seconds = YEAR_START + random.int(365) * 86400 + this.hours.sample(random) * 3600 + random.int(3600);
    const videoId = ((BigInt(seconds) << 32n) | BigInt(random.uint32())).toString();
    const createTime = new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z';
    const music = this.soundIds[this.sounds.sample(random)]!;

    const wanted = this.tagsPerPost.sample(random);
    const tagSet = new Set<string>();
    for (let guard = 0; tagSet.size < wanted && guard < 50; guard++) tagSet.add(this.tags[this.tagRanks.sample(random)]!);
    const tags = [...tagSet];
    const desc = this.description(tags, authorRank);

    let play = 0;
    let like = 0;
    let comment = 0;
    let share = 0;
    if (random.float() >= 0.0005) {
      play = Math.max(1, Math.round(Math.exp(Math.log(3000) + 2 * random.normal())));
      like = Math.min(play, Math.round(play * Math.exp(Math.log(0.05) + 0.6 * random.normal())));
      comment = Math.round(like * Math.exp(Math.log(0.015) + 0.7 * random.normal()));
      share = Math.round(like * Math.exp(Math.log(0.025) + 0.9 * random.normal()));
    }
    return (
      `${videoId},${this.handle(authorRank)},${createTime},${csvField(desc)},${music},` +
      `${csvField(tags.join(','))},${play},${like},${comment},${share}\n`
    );
  }
}

const FLUSH_CHARS = 1 << 20;

/** Streams the CSV (header + n rows, LF line endings) to `write` in chunks of about 1 MiB. */
export function generatePostsCsv(options: GeneratePostsOptions, write: (chunk: string) => void): void {
  if (!Number.isInteger(options.n) || options.n < 0) throw new Error(`n must be a non-negative integer, got ${options.n}`);
  const model = new PostModel(options.n, options.seed ?? 42);
  let pending: string[] = [POSTS_CSV_HEADER + '\n'];
  let size = 0;
  for (let i = 0; i < options.n; i++) {
    const line = model.row();
    pending.push(line);
    size += line.length;
    if (size >= FLUSH_CHARS) {
      write(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) write(pending.join(''));
}

/** Writes the CSV to `path` atomically (temporary file, then rename). */
export function writePostsCsv(path: string, options: GeneratePostsOptions): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    generatePostsCsv(options, (chunk) => {
      writeSync(fd, chunk);
    });
    closeSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  renameSync(tmp, path);
}
