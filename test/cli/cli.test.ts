/** The CLI contract: exact flags, JSON-only stdout with --json, exit codes, serve with a token. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { runCli, spawnCli } from '../helpers/cli';
import { tempDir } from '../helpers/posts';

const CSV = [
  'video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count',
  '7320768196569599275,alice,2023-05-01 10:00:00,"hi #Fyp @Bob",7000000000000000001,"fyp",1000,100,10,1',
  '7320768196569599276,bob,2023-05-02T11:00:00Z,"x",7000000000000000001,,1.2M,50,,2',
  '7320768196569599277,carol,2023-05-03T12:00:00Z,"y",7000000000000000002,,5,1,0',
].join('\r\n');

const NDJSON = [
  '{"id":7320768196569599278,"username":"dave","create_time":1683000000,"video_description":"api #News","music_id":7000000000000000009,"hashtag_names":["news"],"view_count":10,"like_count":2,"comment_count":0,"share_count":0}',
  '{"id":7320768196569599275,"username":"alice","create_time":1682935200,"view_count":2000,"like_count":150,"comment_count":10,"share_count":1}',
  '{not json',
].join('\n');

describe('tokscope CLI', () => {
  const dir = tempDir();
  const study = path.join(dir, 'cli.tokscope');
  const csv = path.join(dir, 'a.csv');
  const ndjson = path.join(dir, 'b.ndjson');
  fs.writeFileSync(csv, CSV);
  fs.writeFileSync(ndjson, NDJSON);

  it('imports several files into a new study and prints one JSON summary per file', async () => {
    const r = await runCli(['import', csv, ndjson, '--study', study, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: csv, format: 'common-csv', rowsRead: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(lines[0].rejections).toEqual([{ line: 4, reason: expect.stringMatching(/expected 10 fields, found 9/) }]);
    expect(lines[0].timeAssumption).toBe('UTC');
    expect(lines[1]).toMatchObject({ file: ndjson, format: 'research-api-ndjson', rowsRead: 3, inserted: 1, updated: 1, rejected: 1 });
    expect(lines[1].rejections[0].line).toBe(3);
  });

  it('prints every post as JSON Lines with exact string ids', async () => {
    const r = await runCli(['posts', '--study', study, '--json']);
    expect(r.code).toBe(0);
    const posts = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(posts.map((p) => p.id).sort()).toEqual(['7320768196569599275', '7320768196569599276', '7320768196569599278']);
    const alice = posts.find((p) => p.id === '7320768196569599275');
    expect(alice).toMatchObject({
      authorHandle: 'alice',
      createTime: '2023-05-01T10:00:00Z',
      musicId: '7000000000000000001',
      hashtags: ['fyp'],
      mentions: ['bob'],
      views: 2000,
      likes: 150,
      datasets: [1, 2],
    });
    const bob = posts.find((p) => p.id === '7320768196569599276');
    expect(bob).toMatchObject({ views: 1_200_000, approximate: ['views'], comments: null });
    const dave = posts.find((p) => p.id === '7320768196569599278');
    expect(dave.musicId).toBe('7000000000000000009');
    const limited = await runCli(['posts', '--study', study, '--limit', '1', '--json']);
    expect(limited.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('lists datasets with provenance', async () => {
    const r = await runCli(['datasets', '--study', study, '--json']);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ sourceName: 'a.csv', format: 'common-csv', encoding: 'utf-8', delimiter: ',', toolVersion: '0.1.0' });
    expect(list[0].sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exits non-zero with a clear message when a file is unreadable', async () => {
    const r = await runCli(['import', path.join(dir, 'nope.csv'), '--study', study, '--json']);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ error: { code: 'UNREADABLE' } });
    expect(r.stderr).toMatch(/nope\.csv/);
  });

  it('has --help on every command', async () => {
    for (const cmd of [[], ['import'], ['posts'], ['datasets'], ['serve']]) {
      const r = await runCli([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: tokscope/);
    }
  });

  it('serve prints a tokenised URL, answers 401 without the token, and stops on Ctrl-C', async () => {
    const child = spawnCli(['serve', '--study', study, '--port', '0']);
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) resolve(line.trim());
      });
      child.on('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    });
    const parsed = new URL(url);
    expect(parsed.hostname).toBe('127.0.0.1');
    const token = parsed.searchParams.get('token');
    expect(token).toBeTruthy();
    const api = `${parsed.origin}/api/call/study.info`;
    expect((await fetch(api, { method: 'POST', body: '{}' })).status).toBe(401);
    const ok = await fetch(api, { method: 'POST', body: '{}', headers: { Authorization: `Bearer ${token}` } });
    expect(await ok.json()).toMatchObject({ ok: true, value: { postCount: 3 } });
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
  });
});
