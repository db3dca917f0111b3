import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { openStudyDb } from '../../src/main/db/connection';
import { currentVersion, migrate, SCHEMA_VERSION } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { tempDir } from '../helpers/posts';

describe('migrations', () => {
  it('bring a new file to the latest schema version with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 's.tokscope');
    const db = openStudyDb(file, { create: true });
    expect(currentVersion(db)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const t of ['posts', 'post_text', 'post_sources', 'datasets', 'audit_log', 'hashtags', 'accounts', 'sounds', 'rejections']) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('run step by step, each step committing its version', () => {
    const db = new Database(':memory:');
    for (let v = 1; v <= SCHEMA_VERSION; v++) {
      migrate(db, v);
      expect(currentVersion(db)).toBe(v);
    }
    db.close();
  });

  it('roll back entirely when a step fails, leaving the old version', () => {
    const db = new Database(':memory:');
    const broken = { name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE x (a); SELECT * FROM nowhere;') };
    (MIGRATIONS as unknown as Array<typeof broken>).push(broken);
    try {
      expect(() => migrate(db, MIGRATIONS.length)).toThrow();
      expect(currentVersion(db)).toBe(0);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'posts'").pluck().get()).toBe(0);
    } finally {
      (MIGRATIONS as unknown as Array<typeof broken>).pop();
      db.close();
    }
  });

  it('refuse a study written by a newer version', () => {
    const file = path.join(tempDir(), 'future.tokscope');
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStudyDb(file)).toThrow(/newer Tokscope/);
  });

  it('refuse a file that is not SQLite', async () => {
    const fs = await import('node:fs');
    const file = path.join(tempDir(), 'not.tokscope');
    fs.writeFileSync(file, 'video_id,author\n1,a\n');
    expect(() => openStudyDb(file)).toThrow(/not a Tokscope study|Cannot open/);
  });

  it('use the time index for date-range queries', () => {
    const db = openStudyDb(':memory:', { create: true });
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT count(*) FROM posts p WHERE p.create_time >= ? AND p.create_time <= ?')
      .all(0, 1) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/posts_by_time/);
    db.close();
  });
});
