import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DOCUMENT_BYTES, readJsonDocumentSource } from './jsonDocument';
import type { JsonValue, ReadItem } from './types';

const dir = mkdtempSync(join(tmpdir(), 'tokscope-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${counter++}.json`);
  writeFileSync(path, content);
  return path;
}

async function read(path: string, selectRecords?: (doc: JsonValue) => Array<Array<string | number>>): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const batch of readJsonDocumentSource({ path, encoding: 'utf-8', ...(selectRecords ? { selectRecords } : {}) })) items.push(...batch.items);
  return items;
}

describe('readJsonDocumentSource', () => {
  it('a pretty-printed single object is one record with its exact text (BOM accepted)', async () => {
    const text = '{\n    "id": "7288995634328177926",\n    "author": {"id": 7158414720537232389}\n}';
    const items = await read(file(`\uFEFF${text}\n`));
    expect(items).toEqual([
      { kind: 'json', line: 1, value: { id: '7288995634328177926', author: { id: '7158414720537232389' } }, raw: text },
    ]);
  });

  it('a minified one-line dump: each selected item keeps its raw text, 19-digit numbers as written', async () => {
    const collector = Array.from({ length: 2500 }, (_, i) => `{"id":${7071777985572949274n + BigInt(i)},"text":"t${i} , ] }"}`);
    const path = file(`{"headers":{"cookie":"x"},"collector":[${collector.join(',')}],"zip":"trend"}`);
    const items = await read(path, (doc) => ((doc as { collector: unknown[] }).collector).map((_, i) => ['collector', i]));
    expect(items).toHaveLength(2500);
    expect(items.every((i) => i.kind === 'json' && i.line === 1)).toBe(true);
    expect(items.map((i) => (i.kind === 'json' ? i.raw : ''))).toEqual(collector);
    expect(items[2499]).toMatchObject({ value: { id: String(7071777985572949274n + 2499n), text: 't2499 , ] }' } });
  });

  it('an array of API pages: records from every page with the physical line each starts on', async () => {
    const text = [
      '[',
      '  {"data": {"videos": [',
      '    {"video_id": 702874395068494965, "view_count": 1},',
      '    {"video_id": 702874395068494966,',
      '     "view_count": 2}',
      '  ]}},',
      '  {"data": {"videos": [{"video_id": 702874395068494967}]}}',
      ']',
    ].join('\r\n');
    const select = (doc: JsonValue): Array<Array<string | number>> =>
      (doc as Array<{ data: { videos: unknown[] } }>).flatMap((page, p) => page.data.videos.map((_, v) => [p, 'data', 'videos', v]));
    const items = await read(file(text), select);
    expect(items.map((i) => i.line)).toEqual([3, 4, 7]);
    expect(items[1]).toEqual({
      kind: 'json',
      line: 4,
      value: { video_id: '702874395068494966', view_count: 2 },
      raw: '{"video_id": 702874395068494966,\r\n     "view_count": 2}',
    });
  });

  it('a path that does not exist becomes an error item', async () => {
    expect(await read(file('{"a":[1]}'), () => [['a', 0], ['a', 5]])).toEqual([
      { kind: 'json', line: 1, value: 1, raw: '1' },
      { kind: 'error', line: 1, reason: 'no value at .a[5]' },
    ]);
  });

  it('a syntax error is fatal and names line and column', async () => {
    await expect(read(file('{\n  "a": 1,\n  "b": x\n}'))).rejects.toThrow(/line 3, column 8/);
  });

  it('refuses a document above 1 GiB and says to convert to NDJSON', async () => {
    const path = join(dir, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_JSON_DOCUMENT_BYTES + 1); // sparse: takes no disk space, never read
    closeSync(fd);
    await expect(read(path)).rejects.toThrow(/NDJSON/);
  });
});
