/**
 * Opening a study file: one better-sqlite3 connection with the pragmas every study needs.
 * WAL lets the UI read while an import writes in another connection; synchronous=FULL
 * because a study is research data (NORMAL may lose the last commits on power loss).
 */
import Database from 'better-sqlite3';

import { ApiError } from '../../shared/api/result';
import { foldText } from './filterSql';
import { migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file when missing (default false: a missing study is an error). */
  create?: boolean;
  readonly?: boolean;
  /** Skip migrations (used by tests that migrate step by step). */
  skipMigrations?: boolean;
}

export function openStudyDb(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, {
      fileMustExist: !options.create && file !== ':memory:',
      readonly: options.readonly ?? false,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ApiError('UNREADABLE', `Cannot open study file ${file}: ${message}`);
  }
  try {
    applyPragmas(db, options.readonly ?? false);
    if (!options.skipMigrations && !options.readonly) migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof ApiError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new ApiError('UNREADABLE', `${file} is not a Tokscope study (${message}).`);
  }
  return db;
}

export function applyPragmas(db: Db, readonly: boolean): void {
  // Fails fast with SQLITE_NOTADB on a file that is not SQLite.
  db.pragma('schema_version');
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  // Used by caption search (filterSql.ts): Unicode-aware case folding.
  db.function('fold_text', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldText(text) : null));
}
