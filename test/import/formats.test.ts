/** Whole-pipeline imports of JSON shapes: pages in NDJSON, arrays of pages, BOM, 19-digit ids. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { openStudyDb } from '../../src/main/db/connection';
import { iteratePosts } from '../../src/main/db/repositories/postsReader';
import { runImport } from '../../src/main/services/import/runImport';
import { tempDir } from '../helpers/posts';

const video = (id: string, user: string, tags: string[]) =>
  `{"id":${id},"username":"${user}","create_time":1700000000,"video_description":"x","music_id":7000000000000000011,"hashtag_names":${JSON.stringify(tags)},"view_count":10,"like_count":1,"comment_count":0,"share_count":0}`;
const page = (videos: string[], hasMore: boolean) =>
  `{"data":{"videos":[${videos.join(',')}],"cursor":100,"has_more":${hasMore},"search_id":"7201388525814961198"},"error":{"code":"ok","message":"","log_id":"x"}}`;

describe('JSON shapes through the whole import', () => {
  it('maps every video of every response page saved one per line (NDJSON of pages)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pages.ndjson');
    fs.writeFileSync(
      file,
      '\uFEFF' +
        [page([video('7320768196569599275', 'a', ['x']), video('7320768196569599276', 'b', ['y'])], true), page([video('7320768196569599277', 'c', [])], false)].join('\n'),
    );
    const db = openStudyDb(':memory:', { create: true });
    const summary = await runImport(db, { path: file }, { actor: 'test' });
    expect(summary).toMatchObject({ format: 'research-api-ndjson', rowsRead: 3, inserted: 3, rejected: 0 });
    const ids = [...iteratePosts(db)].map((p) => p.id);
    expect(ids).toEqual(['7320768196569599275', '7320768196569599276', '7320768196569599277']);
    expect([...iteratePosts(db)][0]!.musicId).toBe('7000000000000000011');
  });

  it('maps an array of saved pages in one JSON document and reports the line each video starts on', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pages.json');
    fs.writeFileSync(file, `[\n${page([video('7320768196569599275', 'a', [])], true)},\n${page([video('7320768196569599276', 'b', []), '{"username":"noid"}'], false)}\n]\n`);
    const db = openStudyDb(':memory:', { create: true });
    const summary = await runImport(db, { path: file }, { actor: 'test' });
    expect(summary).toMatchObject({ format: 'research-api-json', inserted: 2, rejected: 1 });
    expect(summary.rejections[0]!.line).toBe(3);
  });
});
