/**
 * The bundled sample study: synthetic posts (resources/sample/sample-posts.csv, made by the
 * project's own generator — no real people) imported into a study on first use, so every
 * screen has something to show.
 */
import fs from 'node:fs';

import { openStudyDb } from '../db/connection';
import { runImport } from '../services/import/runImport';
import type { AppPaths } from './paths';
import { createStudyFile } from './studySession';

export async function ensureSampleStudy(paths: AppPaths): Promise<string> {
  if (fs.existsSync(paths.sampleStudy)) {
    try {
      openStudyDb(paths.sampleStudy).close();
      return paths.sampleStudy;
    } catch {
      // A damaged or outdated sample is rebuilt; it holds nothing of the user's.
      fs.rmSync(paths.sampleStudy, { force: true });
    }
  }
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const building = `${paths.sampleStudy}.building`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(building + suffix, { force: true });
  const db = createStudyFile(building, 'app', 'Sample study (synthetic data)', { sample: true });
  try {
    await runImport(
      db,
      { path: paths.sampleCsv, displayName: 'sample-posts.csv', label: 'Synthetic sample posts' },
      { actor: 'app' },
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  fs.renameSync(building, paths.sampleStudy);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(building + suffix, { force: true });
  return paths.sampleStudy;
}
