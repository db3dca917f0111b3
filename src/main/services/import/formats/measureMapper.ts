/**
 * Measures the CSV mapping hot path alone (no reading, no writing):
 *   node /work/shared/tools/gen-posts.mjs --n 1000000 --out /tmp/posts1m.csv
 *   npx tsx src/main/services/import/formats/measureMapper.ts /tmp/posts1m.csv
 * Parses the whole file with papaparse first, then maps every row several times and prints JSON
 * with the best and median µs per row (CPU time of this process, so other load matters less).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { compileCsvMapper, createMapStats, detectCsvFormat } from './index';

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: measureMapper.ts <file.csv> [repeats]');
  const repeats = Number(process.argv[3] ?? 5);
  const rows = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const body = rows.slice(1);
  const detected = detectCsvFormat(header);
  const perRow: number[] = [];
  let posts = 0;
  let stats = createMapStats();
  for (let r = 0; r < repeats; r++) {
    stats = createMapStats();
    const map = compileCsvMapper(header, detected.mapping, { format: detected.format, timezone: 'UTC', stats });
    posts = 0;
    const start = process.cpuUsage();
    for (const row of body) if ('post' in map(row)) posts++;
    const used = process.cpuUsage(start);
    perRow.push((used.user + used.system) / body.length);
  }
  perRow.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      file,
      format: detected.format,
      rows: body.length,
      posts,
      repeats,
      bestMicrosPerRow: Number(perRow[0]!.toFixed(3)),
      medianMicrosPerRow: Number(perRow[Math.floor(perRow.length / 2)]!.toFixed(3)),
      stats,
    }),
  );
}

main();
