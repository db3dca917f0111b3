/**
 * Writes a deterministic synthetic posts CSV (common academic schema).
 *   npx tsx scripts/gen-posts.ts --n 1000000 --seed 42 --out /tmp/posts1m.csv
 */
import { parseArgs } from 'node:util';
import { writePostsCsv } from '../src/main/services/sample/generatePosts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
  },
});

const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
  console.error('usage: gen-posts --n <rows> [--seed <int>] [--out <file.csv>]');
  process.exit(2);
}
const out = values.out ?? `posts_${n}.csv`;
const started = performance.now();
writePostsCsv(out, { n, seed });
console.error(`wrote ${out}: ${n} rows, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
