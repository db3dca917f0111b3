/**
 * Benchmark inputs shared by every benchmark: a generated CSV of N posts (the project's own
 * deterministic generator, seed 42) and a study with those posts imported. Both are cached in
 * bench-data/ and reused across runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { createStudyFile } from '../../src/main/app/studySession';
import { runImport } from '../../src/main/services/import/runImport';
import { writePostsCsv } from '../../src/main/services/sample/generatePosts';

export const BENCH_DIR = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..', 'bench-data');

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export async function ensureBenchCsv(n: number): Promise<string> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `posts-${n}.csv`);
  if (!fs.existsSync(file)) {
    log(`generating ${n.toLocaleString('en-US')} posts → ${file}`);
    const tmp = `${file}.tmp`;
    await writePostsCsv(tmp, { n, seed: 42 });
    fs.renameSync(tmp, file);
  }
  return file;
}

/** A study holding the N-post CSV, built once (import time is measured by bench:import, not here). */
export async function ensureBenchStudy(n: number): Promise<string> {
  const csv = await ensureBenchCsv(n);
  const file = path.join(BENCH_DIR, `study-${n}.tokscope`);
  if (!fs.existsSync(file)) {
    log(`importing ${path.basename(csv)} → ${file}`);
    const tmp = `${file}.building`;
    for (const s of ['', '-wal', '-shm']) fs.rmSync(tmp + s, { force: true });
    const db = createStudyFile(tmp, 'bench', `Benchmark study (${n.toLocaleString('en-US')} generated posts)`);
    await runImport(db, { path: csv }, { actor: 'bench' });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.renameSync(tmp, file);
  }
  return file;
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Runs the reference pandas/networkx script when /usr/bin/python3 has pandas; null otherwise. */
export function seedBaseline(phase: string, csv: string, extra: string[] = []): Record<string, unknown> | null {
  const script = path.resolve(BENCH_DIR, '..', '..', 'shared', 'tools', 'seed-baseline.py');
  if (!fs.existsSync(script) || !fs.existsSync('/usr/bin/python3')) return null;
  const r = spawnSync('/usr/bin/python3', [script, phase, csv, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    log(`seed baseline ${phase} failed: ${r.stderr.split('\n').slice(-3).join(' ')}`);
    return null;
  }
  const last = r.stdout.trim().split('\n').pop();
  return last ? (JSON.parse(last) as Record<string, unknown>) : null;
}
