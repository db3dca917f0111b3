/**
 * The contract suite: the same calls, the same answers, over the in-process handler map and over
 * HTTP. Imports run in real worker threads against real study files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { API_CHANNELS } from '../../src/shared/api/contract';
import { httpHarness, importAndWait, inProcessHarness, type Harness } from '../helpers/clients';
import { tempDir } from '../helpers/posts';

const CSV = [
  'video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count',
  '7320768196569599275,alice,2023-05-01T10:00:00Z,"hello #Fyp @bob",7000000000000000001,"fyp,cats",1000,100,10,1',
  '7320768196569599276,bob,2023-05-02T11:00:00Z,"second\nline #cats",7000000000000000001,cats,12.3K,50,,2',
  ',carol,2023-05-03T12:00:00Z,no id here,7000000000000000002,,5,1,0,0',
  '7320768196569599277,carol,2023-05-03T12:00:00Z,"emoji 😂 #Café",7000000000000000002,café,500,25,5,5',
].join('\n');

for (const make of [inProcessHarness, httpHarness]) {
  describe(`contract over ${make === inProcessHarness ? 'in-process handlers' : 'HTTP'}`, () => {
    let h: Harness;
    let dir: string;
    let csvPath: string;

    beforeAll(async () => {
      h = await make();
      dir = tempDir();
      csvPath = path.join(dir, 'posts.csv');
      fs.writeFileSync(csvPath, CSV);
    });
    afterAll(async () => h.close());

    it('answers app.info and has no study open at first', async () => {
      const info = await h.client.call('app.info', {});
      expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(info.timezones).toContain('Europe/Amsterdam');
      expect(await h.client.call('study.info', {})).toBeNull();
      await expect(h.client.call('posts.query', {})).rejects.toMatchObject({ code: 'NO_STUDY' });
    });

    it('rejects invalid arguments with VALIDATION and unknown calls with NOT_FOUND', async () => {
      await expect(h.client.call('posts.get', { id: 'not-a-number' })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(h.client.call('posts.query', { limit: -1 } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(h.client.call('nope.nothing' as never, {} as never)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('creates a study, refuses to overwrite it, and reopens it', async () => {
      const file = path.join(dir, 'study.tokscope');
      const created = await h.client.call('study.create', { path: file, name: 'My study' });
      expect(created).toMatchObject({ name: 'My study', postCount: 0, datasetCount: 0, isSample: false });
      await expect(h.client.call('study.create', { path: file })).rejects.toMatchObject({ code: 'CONFLICT' });
      const reopened = await h.client.call('study.open', { path: file });
      expect(reopened.path).toBe(file);
      expect((await h.client.call('study.recent', {}))[0]?.path).toBe(file);
    });

    it('previews a CSV: format, encoding, mapping and the first rows', async () => {
      const preview = await h.client.call('import.preview', { path: csvPath });
      expect(preview.format).toBe('common-csv');
      expect(preview.encoding).toBe('utf-8');
      expect(preview.delimiter).toBe(',');
      expect(preview.mapping.id).toBe('video_id');
      expect(preview.samplePosts.filter((p) => p === null)).toHaveLength(1);
      expect(preview.sampleRejections).toEqual([{ line: 5, reason: expect.stringMatching(/ID/i) }]);
    });

    it('imports in a worker, reports counts with physical line numbers, and serves the posts', async () => {
      const progress: number[] = [];
      const off = h.client.on('import.progress', (p) => progress.push(p.rowsRead));
      const summary = await importAndWait(h.client, { path: csvPath });
      off();
      expect(summary).toMatchObject({ format: 'common-csv', rowsRead: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
      expect(summary.rejections[0]?.line).toBe(5); // header = 1, the quoted newline makes record 2 span lines 3-4
      const page = await h.client.call('posts.query', { sort: 'views', descending: true });
      expect(page.total).toBe(3);
      expect(page.rows.map((r) => r.id)).toEqual(['7320768196569599276', '7320768196569599275', '7320768196569599277']);
      expect(page.rows[0]).toMatchObject({ views: 12300, approximate: ['views'], comments: null });
      const post = await h.client.call('posts.get', { id: '7320768196569599275' });
      expect(post.hashtags.sort()).toEqual(['cats', 'fyp']);
      expect(post.mentions).toEqual(['bob']);
      expect(post.sources[0]?.line).toBe(2);
      expect(JSON.parse(post.sources[0]!.raw)).toMatchObject({ video_id: '7320768196569599275' });
      const datasets = await h.client.call('datasets.list', {});
      expect(datasets[0]).toMatchObject({ sourceName: 'posts.csv', format: 'common-csv', inserted: 3, rejected: 1, postCount: 3 });
      expect(datasets[0]?.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await h.client.call('datasets.rejections', { datasetId: datasets[0]!.id })).toHaveLength(1);
    });

    it('re-importing the same file inserts nothing and reports unchanged', async () => {
      const summary = await importAndWait(h.client, { path: csvPath });
      expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 1 });
      expect((await h.client.call('posts.query', {})).total).toBe(3);
    });

    it('reports where an import stands without events (a UI catching up after a dropped connection)', async () => {
      const { jobId } = await h.client.call('import.start', { path: csvPath });
      let status = await h.client.call('import.status', { jobId });
      expect(['running', 'done']).toContain(status.state);
      for (let i = 0; i < 200 && status.state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        status = await h.client.call('import.status', { jobId });
      }
      expect(status).toMatchObject({ jobId, state: 'done', error: null, summary: { unchanged: 3, rejected: 1 } });
      expect(await h.client.call('import.status', { jobId: 'no-such-job' })).toMatchObject({ state: 'unknown', summary: null });
    });

    it('filters posts by hashtag (case/normalisation-insensitive), author, sound, text and date', async () => {
      const q = async (filter: object) => (await h.client.call('posts.query', { filter })).total;
      expect(await q({ hashtags: ['CATS'] })).toBe(2);
      expect(await q({ hashtags: ['Cafe\u0301'] })).toBe(1);
      expect(await q({ authors: ['@Alice'] })).toBe(1);
      expect(await q({ sounds: ['7000000000000000001'] })).toBe(2);
      expect(await q({ text: 'emoji' })).toBe(1);
      expect(await q({ text: 'EMOJI 😂 #CAFÉ' })).toBe(1); // case folding beyond ASCII
      expect(await q({ from: '2023-05-02', to: '2023-05-02' })).toBe(1);
      await expect(q({ from: 'yesterday' })).rejects.toMatchObject({ code: 'VALIDATION' });
    });

    it('suggests hashtags, authors and sounds by prefix', async () => {
      const tags = await h.client.call('posts.suggest', { kind: 'hashtags', prefix: 'ca' });
      expect(tags[0]).toMatchObject({ value: 'cats', posts: 2 });
      const authors = await h.client.call('posts.suggest', { kind: 'authors', prefix: 'b' });
      expect(authors.map((a) => a.value)).toContain('bob');
    });

    it('saves, lists and deletes mapping presets', async () => {
      await h.client.call('import.savePreset', { name: 'mine', mapping: { id: 'video_id' } });
      expect((await h.client.call('import.presets', {})).map((p) => p.name)).toEqual(['mine']);
      expect(await h.client.call('import.deletePreset', { name: 'mine' })).toEqual({ deleted: true });
    });

    it('keeps an audit log of what happened', async () => {
      const log = await h.client.call('study.audit', {});
      expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['study.create', 'import']));
    });

    it('reports an unreadable file clearly and changes nothing', async () => {
      await expect(h.client.call('import.preview', { path: path.join(dir, 'missing.csv') })).rejects.toMatchObject({
        code: 'UNREADABLE',
      });
      expect((await h.client.call('posts.query', {})).total).toBe(3);
    });
  });
}

describe('contract completeness', () => {
  it('every channel has a handler', async () => {
    const h = await inProcessHarness();
    for (const channel of API_CHANNELS) expect(typeof (h.app.handlers as Record<string, unknown>)[channel]).toBe('function');
    await h.close();
  });
});
