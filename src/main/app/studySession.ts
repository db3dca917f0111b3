/**
 * The study currently open in this process (desktop window, browser workbench or CLI command):
 * one main connection for reads and small writes. Imports write through their own connection
 * in a worker, so reads here keep working while they run (WAL).
 */
import fs from 'node:fs';
import path from 'node:path';

import { ApiError } from '../../shared/api/result';
import type { StudyInfo } from '../../shared/domain/study';
import { openStudyDb, type Db } from '../db/connection';
import { currentVersion } from '../db/migrate';
import { audit } from '../db/repositories/audit';
import { getMeta, setMeta } from '../db/repositories/meta';
import { isoFromUnix } from '../db/repositories/postsReader';

export const STUDY_EXTENSION = '.tokscope';

export class StudySession {
  private current: { path: string; db: Db } | null = null;

  get path(): string | null {
    return this.current?.path ?? null;
  }

  /** The open study's connection; NO_STUDY when none is open. */
  get db(): Db {
    if (!this.current) throw new ApiError('NO_STUDY', 'No study is open. Open or create a study first.');
    return this.current.db;
  }

  isOpen(): boolean {
    return this.current !== null;
  }

  open(file: string, actor: string): StudyInfo {
    const resolved = path.resolve(file);
    if (!fs.existsSync(resolved)) throw new ApiError('NOT_FOUND', `There is no study at ${resolved}.`);
    const db = openStudyDb(resolved);
    if (getMeta(db, 'created_at') === null) {
      db.close();
      throw new ApiError('UNREADABLE', `${resolved} is an SQLite file but not a Tokscope study.`);
    }
    this.replace({ path: resolved, db });
    audit(db, actor, 'study.open', {});
    return this.info();
  }

  create(file: string, actor: string, name?: string, options: { sample?: boolean } = {}): StudyInfo {
    const resolved = path.resolve(file);
    if (fs.existsSync(resolved)) {
      throw new ApiError('CONFLICT', `${resolved} already exists. Open it, or choose another file name.`);
    }
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    const db = createStudyFile(resolved, actor, name, options);
    this.replace({ path: resolved, db });
    return this.info();
  }

  /** Opens the file when it exists, else creates it (the CLI's `import --study`). */
  openOrCreate(file: string, actor: string): StudyInfo {
    return fs.existsSync(path.resolve(file)) ? this.open(file, actor) : this.create(file, actor);
  }

  close(): void {
    this.replace(null);
  }

  info(): StudyInfo {
    const db = this.db; // NO_STUDY when none is open
    const file = this.current!.path;
    const counts = db
      .prepare<[], { posts: number; datasets: number; first: number | null; last: number | null }>(
        `SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM datasets) AS datasets,
                (SELECT min(create_time) FROM posts) AS first, (SELECT max(create_time) FROM posts) AS last`,
      )
      .get()!;
    return {
      path: file,
      name: getMeta(db, 'name') ?? path.basename(file, STUDY_EXTENSION),
      createdAt: getMeta(db, 'created_at') ?? '',
      schemaVersion: currentVersion(db),
      postCount: counts.posts,
      datasetCount: counts.datasets,
      isSample: getMeta(db, 'is_sample') === '1',
      firstPost: isoFromUnix(counts.first),
      lastPost: isoFromUnix(counts.last),
    };
  }

  private replace(next: { path: string; db: Db } | null): void {
    if (this.current) this.current.db.close();
    this.current = next;
  }
}

/** Creates and initialises a new study file; returns its open connection. */
export function createStudyFile(file: string, actor: string, name?: string, options: { sample?: boolean } = {}): Db {
  const db = openStudyDb(file, { create: true });
  setMeta(db, 'name', name?.trim() || path.basename(file, STUDY_EXTENSION));
  setMeta(db, 'created_at', new Date().toISOString());
  if (options.sample) setMeta(db, 'is_sample', '1');
  audit(db, actor, 'study.create', { sample: options.sample ?? false });
  return db;
}
