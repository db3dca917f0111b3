/** `tokscope analyze …` exactly as the analysis issue's CLI contract specifies, run as a child process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../../test/helpers/cli';
import { refEngagement, refFilter, refGroups, refPatterns, refTop } from '../../services/analysis/analysisReference.testkit';
import { makeAnalysisStudy } from '../../services/analysis/analysisStudy.testkit';
import { generatedPosts } from '../../services/analysis/generatedStudy.testkit';

const POSTS = generatedPosts(600, 11);

function json(stdout: string): Record<string, unknown> & { [k: string]: never } {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1); // --json prints exactly one JSON object and nothing else
  return JSON.parse(lines[0]!);
}

describe('tokscope analyze', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-analyze-'));
  const study = path.join(dir, 'analysis.tokscope');
  beforeAll(() => makeAnalysisStudy(POSTS, study).close());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('engagement --json: postsWithViews, meanRate, medianRate, pooledRate', async () => {
    const r = await runCli(['analyze', 'engagement', '--study', study, '--json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    const ref = refEngagement(POSTS);
    expect(out.postsWithViews).toBe(ref.postsWithViews);
    expect(out.ratedPosts).toBe(ref.ratedPosts);
    expect(out.meanRate).toBeCloseTo(ref.meanRate!, 12);
    expect(out.medianRate).toBeCloseTo(ref.medianRate!, 12);
    expect(out.pooledRate).toBeCloseTo(ref.pooledRate!, 12);
  });

  it('engagement --by hashtag and --by day with filters: {"groups":[{key, posts, postsWithViews, meanRate, medianRate, pooledRate}]}', async () => {
    const r = await runCli(['analyze', 'engagement', '--study', study, '--by', 'hashtag', '--from', '2023-02-01', '--to', '2023-08-31', '--json']);
    expect(r.code).toBe(0);
    const groups = json(r.stdout).groups as unknown as Array<Record<string, number | string | null>>;
    const ref = refGroups(refFilter(POSTS, { from: '2023-02-01', to: '2023-08-31' }), 'hashtag');
    expect(groups.map((g) => g.key)).toEqual(ref.map((g) => g.key));
    for (const [i, g] of groups.entries()) {
      expect(Object.keys(g)).toEqual(expect.arrayContaining(['key', 'posts', 'postsWithViews', 'meanRate', 'medianRate', 'pooledRate']));
      expect([g.posts, g.postsWithViews]).toEqual([ref[i]!.posts, ref[i]!.postsWithViews]);
      if (ref[i]!.medianRate === null) expect(g.medianRate).toBeNull();
      else expect(g.medianRate).toBeCloseTo(ref[i]!.medianRate!, 12);
    }
    const days = await runCli(['analyze', 'engagement', '--study', study, '--by', 'day', '--author', 'USER1', '--json']);
    const dayGroups = json(days.stdout).groups as unknown as Array<{ key: string; posts: number }>;
    expect(dayGroups.map((g) => [g.key, g.posts])).toEqual(refGroups(refFilter(POSTS, { authors: ['user1'] }), 'day').map((g) => [g.key, g.posts]));
  });

  it('patterns --tz: ISO weekday cells and daily counts in the chosen zone', async () => {
    const r = await runCli(['analyze', 'patterns', '--study', study, '--tz', 'Europe/Amsterdam', '--hashtag', 'fyp', '--json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout) as unknown as { tz: string; cells: Array<{ weekday: number; hour: number; posts: number }>; daily: Array<{ date: string; posts: number }> };
    expect(out.tz).toBe('Europe/Amsterdam');
    const ref = refPatterns(refFilter(POSTS, { hashtags: ['fyp'] }), 'Europe/Amsterdam');
    for (const c of out.cells) {
      expect(c.weekday).toBeGreaterThanOrEqual(1);
      expect(c.weekday).toBeLessThanOrEqual(7);
      expect(c.posts).toBe(ref.cells.get(`${c.weekday}:${c.hour}`) ?? 0);
    }
    expect(out.daily).toEqual(ref.daily);
  });

  it('top --kind sounds --limit: ordered by posts then key, with titles', async () => {
    const r = await runCli(['analyze', 'top', '--study', study, '--kind', 'sounds', '--limit', '5', '--json']);
    expect(r.code).toBe(0);
    const items = json(r.stdout).items as unknown as Array<{ key: string; posts: number; authors: number; views: number; title: string | null }>;
    const ref = refTop(POSTS, 'sounds').items.slice(0, 5);
    expect(items.map((i) => [i.key, i.posts, i.authors, i.views])).toEqual(ref.map((i) => [i.key, i.posts, i.authors, i.views]));
    for (const i of items) expect(i).toHaveProperty('title');
    const tags = await runCli(['analyze', 'top', '--study', study, '--kind', 'hashtags', '--by', 'authors', '--json']);
    const tagItems = json(tags.stdout).items as unknown as Array<{ key: string }>;
    expect(tagItems.map((i) => i.key)).toEqual(refTop(POSTS, 'hashtags', 'authors').items.slice(0, 50).map((i) => i.key));
  });

  it('prints readable text without --json, and the other analyses as JSON', async () => {
    const text = await runCli(['analyze', 'top', '--study', study, '--kind', 'mentions', '--limit', '3']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('mentions\tposts\tauthors\tviews\tshare of posts');
    for (const args of [
      ['trend', '--kind', 'hashtag', '--key', 'CAFÉ', '--interval', 'week'],
      ['rhythm', '--tz', 'Asia/Kolkata', '--limit', '3'],
      ['outliers', '--threshold', '2', '--min-posts', '3'],
      ['distribution', '--scale', 'linear', '--bins', '10'],
    ]) {
      const r = await runCli(['analyze', ...args, '--study', study, '--json']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(typeof json(r.stdout)).toBe('object');
    }
  });

  it('fails cleanly: unknown zone, missing --kind, bad --limit (nothing on stdout)', async () => {
    const zone = await runCli(['analyze', 'patterns', '--study', study, '--tz', 'Mars/Base', '--json']);
    expect(zone.code).toBe(1);
    expect(zone.stdout).toBe('');
    expect(zone.stderr).toMatch(/not a known IANA time zone/);
    const kind = await runCli(['analyze', 'top', '--study', study, '--json']);
    expect(kind.code).not.toBe(0);
    expect(kind.stdout).toBe('');
    const limit = await runCli(['analyze', 'top', '--study', study, '--kind', 'authors', '--limit', '0', '--json']);
    expect(limit.code).not.toBe(0);
    expect(limit.stderr).toMatch(/at least 1/);
  });
});
