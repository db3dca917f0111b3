/**
 * Throughput of the streaming readers against papaparse, measured in the same process and run
 * alternately (machine speed drifts; trust same-run ratios over absolute numbers).
 *
 *   npx tsx scripts/gen-posts.ts --n 1000000 --out /tmp/posts1m.csv
 *   npx tsx scripts/measure-readers.ts /tmp/posts1m.csv [--rounds 3] [--ndjson]
 *
 * - readSource: read + UTF-8 validation + decode + tokenize + field-count check → ReadItems.
 * - papaparse: streaming parse only (stream opened with encoding 'utf8', rows counted from the
 *   output stream); header: false is papaparse's best case, header: true is the configuration of
 *   docs/research/performance-baselines.md (rows as objects).
 * - ceiling: read + decode + count newlines, no tokenizing.
 * - --ndjson: also converts the CSV to Research-API-style NDJSON (bare-number 19-digit ids)
 *   and measures the NDJSON reader on it.
 * Prints one JSON object.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { readSource } from '../src/main/services/import/read/readSource';
import { sniffFile } from '../src/main/services/import/read/sniff';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' }, ndjson: { type: 'boolean', default: false } },
});
const path = positionals[0] ?? '/tmp/posts1m.csv';
const rounds = Number(values.rounds);
const bytes = statSync(path).size;

async function timed(run: () => Promise<number>): Promise<{ seconds: number; rows: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const rows = await run();
  return { seconds: (performance.now() - start) / 1000, rows };
}

async function readSourceRows(file: string, container: 'csv' | 'ndjson'): Promise<number> {
  let rows = 0;
  let errors = 0;
  for await (const batch of readSource({ path: file, container, encoding: 'utf-8', delimiter: ',' })) {
    for (const item of batch.items) {
      if (item.kind === 'error') errors++;
      else rows++;
    }
  }
  if (errors > 0) throw new Error(`${errors} error items`);
  return rows;
}

async function papaparseRows(header: boolean): Promise<number> {
  let rows = header ? 0 : -1; // without header: true the header is a row too
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header, skipEmptyLines: true });
  parser.on('data', () => rows++);
  const done = once(parser, 'finish');
  createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 }).pipe(parser);
  await done;
  return rows;
}

async function newlineCeiling(): Promise<number> {
  let lines = 0;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  }
  return lines;
}

async function toNdjson(csv: string, out: string): Promise<void> {
  const ws = createWriteStream(out);
  let header: string[] = [];
  for await (const batch of readSource({ path: csv, container: 'csv', encoding: 'utf-8' })) {
    if (batch.header) header = batch.header;
    let text = '';
    for (const item of batch.items) {
      if (item.kind !== 'csv') continue;
      const v = item.values;
      const rec = (i: number): string => v[header.indexOf(['video_id', 'author_id', 'create_time', 'desc', 'music_id', 'hashtags', 'play_count', 'like_count', 'comment_count', 'share_count'][i]!)]!;
      // Ids as bare JSON numbers, as the Research API sends them.
      text += `{"id":${rec(0)},"username":${JSON.stringify(rec(1))},"create_time":${Math.floor(Date.parse(rec(2)) / 1000)},"video_description":${JSON.stringify(rec(3))},"music_id":${rec(4)},"hashtag_names":${JSON.stringify(rec(5) ? rec(5).split(',') : [])},"view_count":${rec(6)},"like_count":${rec(7)},"comment_count":${rec(8)},"share_count":${rec(9)}}\n`;
    }
    if (!ws.write(text)) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const results: Record<string, number[]> = { readSource: [], papaparse: [], papaparseHeader: [], ceiling: [] };
let rowCount = 0;
for (let r = 0; r < rounds; r++) {
  const a = await timed(() => readSourceRows(path, 'csv'));
  const b = await timed(() => papaparseRows(false));
  const h = await timed(() => papaparseRows(true));
  const c = await timed(newlineCeiling);
  if (a.rows !== b.rows || a.rows !== h.rows) throw new Error(`row counts differ: readSource ${a.rows}, papaparse ${b.rows} / ${h.rows}`);
  results.papaparseHeader!.push(h.seconds);
  rowCount = a.rows;
  results.readSource!.push(a.seconds);
  results.papaparse!.push(b.seconds);
  results.ceiling!.push(c.seconds);
}
const sniff = await timed(async () => (await sniffFile(path)).fileSize);

const summary = (seconds: number[]): { seconds: number; rowsPerSecond: number; mbPerSecond: number; runs: number[] } => {
  const m = median(seconds);
  return {
    seconds: +m.toFixed(3),
    rowsPerSecond: Math.round(rowCount / m),
    mbPerSecond: +(bytes / 1e6 / m).toFixed(1),
    runs: seconds.map((s) => +s.toFixed(3)),
  };
};

const report: Record<string, unknown> = {
  file: path,
  bytes,
  rows: rowCount,
  rounds,
  node: process.version,
  readSourceCsv: summary(results.readSource!),
  papaparseParseOnly: summary(results.papaparse!),
  papaparseParseOnlyHeaderTrue: summary(results.papaparseHeader!),
  readDecodeNewlineCeiling: summary(results.ceiling!),
  ratioReadSourceVsPapaparse: +(median(results.papaparse!) / median(results.readSource!)).toFixed(2),
  ratioReadSourceVsPapaparseHeaderTrue: +(median(results.papaparseHeader!) / median(results.readSource!)).toFixed(2),
  sniffWholeFileSeconds: +sniff.seconds.toFixed(3),
};

if (values.ndjson) {
  const ndjson = `${path}.ndjson`;
  await toNdjson(path, ndjson);
  const runs: number[] = [];
  let rows = 0;
  for (let r = 0; r < rounds; r++) {
    const t = await timed(() => readSourceRows(ndjson, 'ndjson'));
    runs.push(t.seconds);
    rows = t.rows;
  }
  const m = median(runs);
  report.readSourceNdjson = { file: ndjson, bytes: statSync(ndjson).size, rows, seconds: +m.toFixed(3), rowsPerSecond: Math.round(rows / m) };
}

report.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(report, null, 2));
