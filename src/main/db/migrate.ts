/**
 * Numbered, append-only migrations tracked in PRAGMA user_version. All pending steps run in one
 * transaction, so a failure leaves the file at its old version. A file newer than this code is refused.
 */
import type Database from 'better-sqlite3';

import { ApiError } from '../../shared/api/result';
import { MIGRATIONS } from './migrations';

export const SCHEMA_VERSION = MIGRATIONS.length;

export function currentVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database.Database, target = SCHEMA_VERSION): void {
  const from = currentVersion(db);
  if (from > SCHEMA_VERSION) {
    throw new ApiError(
      'UNSUPPORTED',
      `This study was written by a newer Tokscope (schema ${from}, this version understands up to ${SCHEMA_VERSION}). Update Tokscope to open it.`,
    );
  }
  if (from >= target) return;
  const run = db.transaction(() => {
    for (let v = from; v < target; v++) {
      const step = MIGRATIONS[v];
      if (!step) throw new Error(`missing migration ${v + 1}`);
      step.up(db);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  run.immediate();
}
