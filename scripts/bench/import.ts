/**
 * `npm run bench:import [-- --n 1000000]`: import throughput on the project's generated data.
 * Each phase runs in its own process (peak RSS per phase). Prints one JSON object:
 * parse-only time (Tokscope's reader = the importer's parser, and papaparse for reference),
 * full import time into a new study, rows/s, peak RSS, and the ratios measured in this run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { BENCH_DIR, ensureBenchCsv, log, seedBaseline } from './fixtures';

const nArg = process.argv.indexOf('--n');
const n = nArg >= 0 ? Number(process.argv[nArg + 1]) : 1_000_000;

interface TaskResult {
  task: string;
  rows: number;
  seconds: number;
  peakRssMb: number;
}

function runTask(args: string[]): TaskResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'importTasks.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`bench task ${args[0]} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as TaskResult;
}

const csv = await ensureBenchCsv(n);
log(`parse-only (Tokscope reader) on ${path.basename(csv)}`);
const parse = runTask(['parse', csv]);
log(`parse-only (papaparse)`);
const papa = runTask(['papaparse', csv]);
log('full import into a new study');
const study = path.join(BENCH_DIR, `bench-import-${n}.tokscope`);
const full = runTask(['import', csv, study]);
log('pandas read_csv (reference)');
const pandas = seedBaseline('load', csv);

const round = (x: number) => Math.round(x * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'import',
      rows: full.rows,
      file: path.basename(csv),
      parseOnly: { tokscopeReaderSeconds: parse.seconds, papaparseSeconds: papa.seconds, tokscopeReaderPeakRssMb: parse.peakRssMb },
      import: { seconds: full.seconds, rowsPerSecond: Math.round(full.rows / full.seconds), peakRssMb: full.peakRssMb },
      pandasReadCsvSeconds: pandas ? pandas.load_s : null,
      ratios: {
        importOverTokscopeParse: round(full.seconds / parse.seconds),
        importOverPapaparseParse: round(full.seconds / papa.seconds),
        importOverPandasReadCsv: pandas ? round(full.seconds / Number(pandas.load_s)) : null,
      },
    },
    null,
    2,
  )}\n`,
);
