/**
 * Hostile and broken inputs through the whole import: nothing silently dropped, the right
 * physical line numbers, encodings reported, ids exact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { openStudyDb } from '../../src/main/db/connection';
import { getPost, iteratePosts } from '../../src/main/db/repositories/postsReader';
import { runImport } from '../../src/main/services/import/runImport';
import { tempDir } from '../helpers/posts';

const HEADER = 'video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count';

async function importText(content: string | Buffer, name = 'in.csv') {
  const dir = tempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  const db = openStudyDb(':memory:', { create: true });
  const summary = await runImport(db, { path: file }, { actor: 'test' });
  return { db, summary };
}

describe('bad input', () => {
  it('BOM + CRLF + quoted newlines + NUL + emoji + an unterminated quote + wrong field counts', async () => {
    const rows = [
      HEADER,
      '7320768196569599275,alice,1682935200,"two\r\nlines 😂 #Tag",1,"tag",10,1,0,0',
      '7320768196569599276,bob,1682935200,"nul\u0000inside",1,,10,1,0,0',
      '7320768196569599277,carol,1682935200,too,few',
      '7320768196569599278,dave,1682935200,"never closed,1,,10,1,0,0',
      '7320768196569599279,erin,1682935200,"fine",1,,10,1,0,0',
    ];
    const { db, summary } = await importText('\uFEFF' + rows.join('\r\n') + '\r\n');
    expect(summary.format).toBe('common-csv');
    expect(summary.inserted).toBe(3);
    expect(summary.rejections.map((r) => r.line)).toEqual([5, 6]);
    expect(summary.rejections[0]!.reason).toMatch(/expected 10 fields/);
    expect(summary.rejections[1]!.reason).toMatch(/quote/i);
    expect(getPost(db, '7320768196569599275').description).toBe('two\r\nlines 😂 #Tag');
    expect(getPost(db, '7320768196569599276').description).toBe('nulinside');
    expect(getPost(db, '7320768196569599279').authorHandle).toBe('erin');
  });

  it('invalid UTF-8 is read as Windows-1252 and the summary says so', async () => {
    const text = `${HEADER}\n7320768196569599275,alice,1682935200,caf\xe9 \x80 \x93quoted\x94,1,,10,1,0,0\n`;
    const { db, summary } = await importText(Buffer.from(text, 'latin1'));
    expect(summary.encoding).toBe('windows-1252');
    expect(summary.encodingReason).toMatch(/not valid UTF-8/);
    expect(summary.warnings.join(' ')).toMatch(/Windows-1252/);
    expect(getPost(db, '7320768196569599275').description).toBe('café € “quoted”');
  });

  it('UTF-16LE with BOM', async () => {
    const text = `${HEADER}\n7320768196569599275,ålice,1682935200,"ü #Grüße",1,,10,1,0,0\n`;
    const { db, summary } = await importText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(summary.encoding).toBe('utf-16le');
    expect(getPost(db, '7320768196569599275').hashtags).toEqual(['grüße']);
  });

  it('duplicate rows in one file: one post, the later record wins, reported', async () => {
    const { db, summary } = await importText(
      [HEADER, '7320768196569599275,alice,1682935200,a,1,,10,1,0,0', '7320768196569599275,alice,1682935200,a,1,,20,1,0,0'].join('\n'),
    );
    expect(summary).toMatchObject({ rowsRead: 2, inserted: 1, updated: 1 });
    expect(summary.warnings.join(' ')).toMatch(/1 record repeats a video ID/);
    expect([...iteratePosts(db)].map((p) => p.views)).toEqual([20]);
  });

  it('counts: empty and unreadable are missing (never 0) and reported; abbreviations are approximate', async () => {
    const { db, summary } = await importText(
      [HEADER, '7320768196569599275,alice,1682935200,a,1,,,n/a,1.5K,0', '7320768196569599276,bob,1682935200,a,1,,2M,1,0,0'].join('\n'),
    );
    expect(summary.missingCounts).toMatchObject({ views: 1, likes: 1 });
    const a = getPost(db, '7320768196569599275');
    expect(a).toMatchObject({ views: null, likes: null, comments: 1500, approximate: ['comments'] });
    expect(getPost(db, '7320768196569599276')).toMatchObject({ views: 2_000_000, approximate: ['views'] });
  });

  it('an empty file and a file with a header only', async () => {
    await expect(importText('')).rejects.toMatchObject({ code: 'UNREADABLE' });
    const { summary } = await importText(`${HEADER}\n`);
    expect(summary).toMatchObject({ rowsRead: 0, inserted: 0 });
  });

  it('an NDJSON file with a broken line keeps the good lines and names the bad line', async () => {
    const lines = [
      '{"id":7320768196569599275,"username":"a","create_time":1682935200}',
      '',
      '{"id":7320768196569599276,"username":"b",',
      '{"id":7320768196569599277,"username":"c","create_time":1682935200}',
    ];
    const { summary } = await importText(lines.join('\n'), 'x.ndjson');
    expect(summary).toMatchObject({ inserted: 2, rejected: 1 });
    expect(summary.rejections[0]!.line).toBe(3);
  });
});
