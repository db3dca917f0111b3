import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePostsCsv } from '../../sample/generatePosts';
import { readHead, readSource, type ReadSourceOptions } from './readSource';
import { sniffFile } from './sniff';
import type { ReadItem } from './types';

const dir = mkdtempSync(join(tmpdir(), 'tokscope-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${counter++}`);
  writeFileSync(path, content);
  return path;
}

async function readAll(o: ReadSourceOptions): Promise<{ header?: string[]; items: ReadItem[]; batches: number[] }> {
  const items: ReadItem[] = [];
  const batches: number[] = [];
  let header: string[] | undefined;
  for await (const batch of readSource(o)) {
    if (batch.header) {
      expect(header, 'header on one batch only').toBeUndefined();
      expect(batches, 'header on the first batch').toEqual([]);
      header = batch.header;
    }
    batches.push(batch.items.length);
    items.push(...batch.items);
  }
  return { ...(header ? { header } : {}), items, batches };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('readSource: CSV', () => {
  const text =
    ' video_id , desc ,n\r\n' +
    '7071777985572949274,"Grüße 😀🔥\nzweite Zeile",1\r\n' +
    '7071777985572949275,"say ""hi"", ok",2\r\n' +
    '\r\n' +
    '7071777985572949276,日本語 ✨,3\r\n';
  const expected: ReadItem[] = [
    { kind: 'csv', line: 2, values: ['7071777985572949274', 'Grüße 😀🔥\nzweite Zeile', '1'] },
    { kind: 'csv', line: 4, values: ['7071777985572949275', 'say "hi", ok', '2'] },
    { kind: 'csv', line: 6, values: ['7071777985572949276', '日本語 ✨', '3'] },
  ];

  it('UTF-8 BOM, CRLF, quoted newline and emoji: exact fields and lines with every read chunk size', async () => {
    const path = file(Buffer.concat([BOM, Buffer.from(text)]));
    for (const highWaterMark of [1, 2, 3, 5, 7, 11, 64, 65536]) {
      const r = await readAll({ path, container: 'csv', encoding: 'utf-8', delimiter: ',', highWaterMark });
      expect(r.header, `highWaterMark ${highWaterMark}`).toEqual(['video_id', 'desc', 'n']);
      expect(r.items, `highWaterMark ${highWaterMark}`).toEqual(expected);
    }
  });

  it('UTF-16LE and UTF-16BE with byte-order marks', async () => {
    const le = file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = file(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const highWaterMark of [1, 3, 4096]) {
      expect((await readAll({ path: le, container: 'csv', encoding: 'utf-16le', highWaterMark })).items).toEqual(expected);
      const r = await readAll({ path: be, container: 'csv', encoding: 'utf-16be', highWaterMark });
      expect(r.header).toEqual(['video_id', 'desc', 'n']);
      expect(r.items).toEqual(expected);
    }
  });

  it('Windows-1252: detected from invalid UTF-8, and € “ ” ’ decode to the right characters', async () => {
    const path = file(Buffer.from([...Buffer.from('id,text\n1,'), 0x80, 0x93, 0x94, 0x92, ...Buffer.from(' caf'), 0xe9, 0x0a]));
    const sniff = await sniffFile(path);
    expect(sniff.encoding).toBe('windows-1252');
    const r = await readAll({ path, container: 'csv', encoding: sniff.encoding, delimiter: sniff.delimiter });
    expect(r.items).toEqual([{ kind: 'csv', line: 2, values: ['1', '\u20ac\u201c\u201d\u2019 café'] }]);
  });

  it('forcing UTF-8 on invalid bytes fails with the byte offset instead of producing U+FFFD', async () => {
    const good = 'id,text\n' + '1,ok\n'.repeat(1000);
    const path = file(Buffer.concat([Buffer.from(good), Buffer.from([0x32, 0x2c, 0xe9, 0x0a])]));
    await expect(readAll({ path, container: 'csv', encoding: 'utf-8', highWaterMark: 100 })).rejects.toThrow(
      `invalid byte at offset ${good.length + 2}`,
    );
  });

  it('rows with the wrong number of fields become errors and the good rows still come out', async () => {
    const path = file('a,b,c\n1,2,3\n1,2\n1,2,3,4\n4,5,6\n');
    const r = await readAll({ path, container: 'csv', encoding: 'utf-8' });
    expect(r.items).toEqual([
      { kind: 'csv', line: 2, values: ['1', '2', '3'] },
      { kind: 'error', line: 3, reason: 'expected 3 fields, found 2' },
      { kind: 'error', line: 4, reason: 'expected 3 fields, found 4' },
      { kind: 'csv', line: 5, values: ['4', '5', '6'] },
    ]);
  });

  it('an unterminated quote on row 5 costs that row only', async () => {
    const lines = ['id,desc'];
    for (let i = 1; i <= 2000; i++) lines.push(i === 5 ? '5,"never closed' : `${i},row ${i}`);
    const path = file(lines.join('\n') + '\n');
    const r = await readAll({ path, container: 'csv', encoding: 'utf-8', highWaterMark: 4096 });
    const errors = r.items.filter((i) => i.kind === 'error');
    expect(errors).toEqual([{ kind: 'error', line: 6, reason: expect.stringMatching(/^unterminated quoted field starting on line 6/) }]);
    expect(r.items.filter((i) => i.kind === 'csv')).toHaveLength(1999);
    expect(r.items.at(-1)).toEqual({ kind: 'csv', line: 2001, values: ['2000', 'row 2000'] });
  });

  it('hands every raw byte to onChunk in order, reports bytesRead, and keeps batches at a few thousand items', async () => {
    let csv = '';
    generatePostsCsv({ n: 12_000, seed: 3 }, (c) => (csv += c));
    const path = file(csv);
    const hash = createHash('sha256');
    let lastBytes = 0;
    const sizes: number[] = [];
    let rows = 0;
    for await (const batch of readSource({ path, container: 'csv', encoding: 'utf-8', onChunk: (raw) => hash.update(raw) })) {
      expect(batch.bytesRead).toBeGreaterThanOrEqual(lastBytes);
      lastBytes = batch.bytesRead;
      sizes.push(batch.items.length);
      rows += batch.items.filter((i) => i.kind === 'csv').length;
    }
    expect(rows).toBe(12_000);
    expect(lastBytes).toBe(Buffer.byteLength(csv));
    expect(hash.digest('hex')).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5000);
  });

  it('aborts with an AbortError, before the start or between batches', async () => {
    let csv = '';
    generatePostsCsv({ n: 20_000, seed: 4 }, (c) => (csv += c));
    const path = file(csv);

    const before = new AbortController();
    before.abort();
    await expect(readAll({ path, container: 'csv', encoding: 'utf-8', signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });

    const during = new AbortController();
    let batches = 0;
    const run = async (): Promise<void> => {
      for await (const _batch of readSource({ path, container: 'csv', encoding: 'utf-8', signal: during.signal })) {
        if (++batches === 1) during.abort();
      }
    };
    const err = await run().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('AbortError');
    expect(batches).toBeLessThanOrEqual(2);
  });

  it('an empty file yields one empty batch without a header', async () => {
    expect(await readAll({ path: file(''), container: 'csv', encoding: 'utf-8' })).toEqual({ items: [], batches: [0] });
  });

  it('a header-only file yields the header', async () => {
    expect(await readAll({ path: file('\uFEFFa,b\n'), container: 'csv', encoding: 'utf-8' })).toEqual({ header: ['a', 'b'], items: [], batches: [0] });
  });
});

describe('readSource: NDJSON', () => {
  it('BOM, CRLF, 19-digit ids, a bad line reported by number', async () => {
    const lines = ['{"id":7071777985572949274,"n":1}', '{"id":"7071777985572949275"}', '{bad', '{"id":7071777985572949276}'];
    const path = file(Buffer.concat([BOM, Buffer.from(lines.join('\r\n'))]));
    for (const highWaterMark of [1, 5, 65536]) {
      const { items } = await readAll({ path, container: 'ndjson', encoding: 'utf-8', highWaterMark });
      expect(items).toEqual([
        { kind: 'json', line: 1, value: { id: '7071777985572949274', n: 1 }, raw: lines[0] },
        { kind: 'json', line: 2, value: { id: '7071777985572949275' }, raw: lines[1] },
        { kind: 'error', line: 3, reason: expect.stringMatching(/^invalid JSON/) },
        { kind: 'json', line: 4, value: { id: '7071777985572949276' }, raw: lines[3] },
      ]);
    }
  });
});

describe('readHead', () => {
  it('CSV: header and the first records, without reading the rest of the file', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},row ${i}`).join('\n');
    // An invalid byte near the end: reading it as UTF-8 would fail, so passing proves readHead stopped early.
    const path = file(Buffer.concat([Buffer.from(`id,desc\n${rows}\n`), Buffer.from([0xff, 0x0a])]));
    const head = await readHead(path, { encoding: 'utf-8', encodingReason: '', container: 'csv', containerReason: '', delimiter: ',', fileSize: 0 }, 3);
    expect(head).toEqual({
      header: ['id', 'desc'],
      items: [
        { kind: 'csv', line: 2, values: ['0', 'row 0'] },
        { kind: 'csv', line: 3, values: ['1', 'row 1'] },
        { kind: 'csv', line: 4, values: ['2', 'row 2'] },
      ],
    });
  });

  it('NDJSON: the first records', async () => {
    const path = file('{"a":1}\n{"a":2}\n{"a":3}\n');
    const sniff = await sniffFile(path);
    expect((await readHead(path, sniff, 2)).items.map((i) => (i.kind === 'json' ? i.value : null))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('JSON document: returns the parsed document and the selected records', async () => {
    const path = file('{"data":{"videos":[{"video_id":7071777985572949274},{"video_id":2},{"video_id":3}]}}');
    const sniff = await sniffFile(path);
    const whole = await readHead(path, sniff, 10);
    expect(whole.document).toEqual({ data: { videos: [{ video_id: '7071777985572949274' }, { video_id: 2 }, { video_id: 3 }] } });
    expect(whole.items).toHaveLength(1);
    const select = (doc: unknown): Array<Array<string | number>> =>
      ((doc as { data: { videos: unknown[] } }).data.videos).map((_, i) => ['data', 'videos', i]);
    const head = await readHead(path, sniff, 2, select);
    expect(head.items).toEqual([
      { kind: 'json', line: 1, value: { video_id: '7071777985572949274' }, raw: '{"video_id":7071777985572949274}' },
      { kind: 'json', line: 1, value: { video_id: 2 }, raw: '{"video_id":2}' },
    ]);
  });
});
