/**
 * Deferring secondary indexes during a large import: inside the import's transaction the
 * non-unique indexes of the post tables are dropped, the rows go in, and the indexes are rebuilt
 * in one sorted pass at the end — much cheaper than millions of random B-tree inserts. Because it
 * all happens in the same transaction, a cancel or a crash restores the indexes with the data.
 * UNIQUE indexes stay: they are how duplicates are detected.
 */
import type { Db } from './connection';

const BULK_TABLES = ['posts', 'post_text', 'post_hashtags', 'post_mentions', 'post_sources'];

export interface DeferredIndexes {
  restore(): void;
  names: string[];
}

export function deferSecondaryIndexes(db: Db): DeferredIndexes {
  const rows = db
    .prepare<unknown[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')})`,
    )
    .all(...BULK_TABLES)
    .filter((r) => !/^\s*CREATE\s+UNIQUE\s/i.test(r.sql));
  for (const r of rows) db.exec(`DROP INDEX "${r.name.replace(/"/g, '""')}"`);
  return {
    names: rows.map((r) => r.name),
    restore: () => {
      for (const r of rows) db.exec(r.sql);
    },
  };
}
