/**
 * Conformance on the real public files in ../shared/fixtures/real (see its CATALOG.md): each is
 * sniffed and read without a single error item, with the record counts the catalog gives.
 * Skips with a message where the folder is absent (it is never copied into this repo).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSource } from './readSource';
import { sniffFile } from './sniff';
import type { JsonValue, ReadItem } from './types';

const ROOT = fileURLToPath(new URL('../../../../../../shared/fixtures/real/', import.meta.url));
const present = existsSync(join(ROOT, 'CATALOG.md'));
if (!present) console.warn(`real-fixture conformance skipped: ${ROOT} not found`);

type Select = (doc: JsonValue) => Array<Array<string | number>>;

async function readFixture(relative: string, selectRecords?: Select): Promise<{ header?: string[]; items: ReadItem[]; sniff: Awaited<ReturnType<typeof sniffFile>> }> {
  const path = join(ROOT, relative);
  const sniff = await sniffFile(path);
  const items: ReadItem[] = [];
  let header: string[] | undefined;
  for await (const batch of readSource({
    path,
    container: sniff.container,
    encoding: sniff.encoding,
    delimiter: sniff.delimiter,
    ...(selectRecords ? { selectRecords } : {}),
  })) {
    header ??= batch.header;
    items.push(...batch.items);
  }
  return { ...(header ? { header } : {}), items, sniff };
}

function errorsOf(items: ReadItem[]): ReadItem[] {
  return items.filter((i) => i.kind === 'error');
}

describe.skipIf(!present)('real fixtures (../shared/fixtures/real)', () => {
  it('Zeeschuimer NDJSON: 96 items, string ids intact', async () => {
    const { items, sniff } = await readFixture('zeeschuimer-decoder/tiktok-test.ndjson');
    expect(sniff).toMatchObject({ encoding: 'utf-8', container: 'ndjson' });
    expect(errorsOf(items)).toEqual([]);
    expect(items).toHaveLength(96);
    const first = items[0] as Extract<ReadItem, { kind: 'json' }>;
    expect(first.line).toBe(1);
    expect((first.value as { item_id: string }).item_id).toBe('7288995634328177926');
    expect(first.raw.startsWith('{') && first.raw.endsWith('}')).toBe(true);
  });

  it('Zeeschuimer flattened CSV: 96 rows × 11 columns', async () => {
    const { header, items } = await readFixture('zeeschuimer-decoder/tiktok-test.csv');
    expect(errorsOf(items)).toEqual([]);
    expect(header).toHaveLength(11);
    expect(items).toHaveLength(96);
  });

  it('Zeeschuimer single pretty-printed item: one JSON document record', async () => {
    const { items, sniff } = await readFixture('zeeschuimer-decoder/tiktok.json');
    expect(sniff.container).toBe('json');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'json', line: 1 });
  });

  it('GESIS News on TikTok CSV: 4,287 rows × 37 columns, 19-digit ids as written', async () => {
    const { header, items } = await readFixture('gesis-news-on-tiktok/tiktok.csv');
    expect(errorsOf(items)).toEqual([]);
    expect(header).toHaveLength(37);
    expect(items).toHaveLength(4287);
    const id = header!.indexOf('M1_video_id');
    expect((items[0] as Extract<ReadItem, { kind: 'csv' }>).values[id]).toBe('7203375632661695749');
  });

  it('TikTok Research API response: 2 videos with bare-number 18-digit ids kept exact', async () => {
    const select: Select = (doc) => ((doc as { data: { videos: unknown[] } }).data.videos).map((_, i) => ['data', 'videos', i]);
    const { items, sniff } = await readFixture('traktok-research-api/example_resp_q_videos.json', select);
    expect(sniff.container).toBe('json');
    expect(errorsOf(items)).toEqual([]);
    expect(items).toHaveLength(2);
    for (const item of items) {
      const { value, raw } = item as Extract<ReadItem, { kind: 'json' }>;
      expect((value as { video_id: unknown }).video_id).toBe('702874395068494965');
      expect(raw).toContain('702874395068494965');
    }
  });

  it('tiktok-scraper trending dump (2.9 MB on one line): 1,000 collector items', async () => {
    const select: Select = (doc) => ((doc as { collector: unknown[] }).collector).map((_, i) => ['collector', i]);
    const { items } = await readFixture('tiktok-scraper-trending/trending.json', select);
    expect(errorsOf(items)).toEqual([]);
    expect(items).toHaveLength(1000);
    expect(items.every((i) => i.line === 1)).toBe(true);
    const first = items[0] as Extract<ReadItem, { kind: 'json' }>;
    expect(first.raw.startsWith('{"id":"6907228749016714497","text":"Confidence went 📈"')).toBe(true);
    expect(items.some((i) => i.kind === 'json' && (i.value as { id: string }).id === '6898699405898059010')).toBe(true);
    for (const item of items) {
      const { value, raw } = item as Extract<ReadItem, { kind: 'json' }>;
      expect((JSON.parse(raw) as { id: string }).id).toBe((value as { id: string }).id);
    }
  });

  it('Apify sample CSV: 14 rows × 11 columns', async () => {
    const { header, items } = await readFixture('souha-health-apify/train_first14rows.csv');
    expect(errorsOf(items)).toEqual([]);
    expect(header).toHaveLength(11);
    expect(items).toHaveLength(14);
  });
});
