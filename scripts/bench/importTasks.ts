/**
 * One benchmark task per process, so each reports its own peak RSS:
 *   parse FILE        read + decode + tokenize with Tokscope's reader (the importer's parser)
 *   papaparse FILE    papaparse streaming parse-only, for reference
 *   import FILE OUT   full import into a new study (mapping, entities, indexes, provenance)
 * Prints one JSON line: { task, rows, seconds, peakRssMb }.
 */
import fs from 'node:fs';

import Papa from 'papaparse';

import { createStudyFile } from '../../src/main/app/studySession';
import { runImport } from '../../src/main/services/import/runImport';
import { readSource } from '../../src/main/services/import/read/readSource';
import { sniffFile } from '../../src/main/services/import/read/sniff';

const [task, file, out] = process.argv.slice(2);
if (!task || !file) throw new Error('usage: importTasks.ts parse|papaparse|import FILE [OUT]');

async function parseOnly(): Promise<number> {
  const sniff = await sniffFile(file!);
  let rows = 0;
  for await (const batch of readSource({ path: file!, container: sniff.container, encoding: sniff.encoding, delimiter: sniff.delimiter })) {
    rows += batch.items.length;
  }
  return rows;
}

function papaparse(): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse(fs.createReadStream(file!, { encoding: 'utf8' }), {
      header: true,
      chunk: (r: Papa.ParseResult<unknown>) => {
        rows += r.data.length;
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

async function importOnce(): Promise<number> {
  for (const s of ['', '-wal', '-shm']) fs.rmSync(out! + s, { force: true });
  const db = createStudyFile(out!, 'bench');
  const summary = await runImport(db, { path: file! }, { actor: 'bench' });
  db.close();
  return summary.rowsRead;
}

const started = process.hrtime.bigint();
const rows = task === 'parse' ? await parseOnly() : task === 'papaparse' ? await papaparse() : await importOnce();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`${JSON.stringify({ task, rows, seconds: Math.round(seconds * 1000) / 1000, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
