/**
 * Imports are atomic: cancelling at 60% or killing the process (kill -9) mid-import leaves the
 * study exactly as it was before — same posts, datasets, entities, and a clean integrity check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { createStudyFile } from '../../src/main/app/studySession';
import { openStudyDb, type Db } from '../../src/main/db/connection';
import { runImport } from '../../src/main/services/import/runImport';
import { writePostsCsv } from '../../src/main/services/sample/generatePosts';
import { spawnCli } from '../helpers/cli';
import { tempDir } from '../helpers/posts';

function fingerprint(db: Db) {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  return {
    posts: count('posts'),
    datasets: count('datasets'),
    hashtags: count('hashtags'),
    accounts: count('accounts'),
    sources: count('post_sources'),
    rejections: count('rejections'),
    checksum: db.prepare('SELECT total(views) + total(likes) FROM posts').pluck().get(),
    // Large imports drop and rebuild secondary indexes inside their transaction: they must survive.
    indexes: db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all(),
  };
}

async function studyWithBaseline(dir: string) {
  const small = path.join(dir, 'small.csv');
  const big = path.join(dir, 'big.csv');
  await writePostsCsv(small, { n: 500, seed: 7 });
  await writePostsCsv(big, { n: 60_000, seed: 8 });
  const file = path.join(dir, 'study.tokscope');
  const db = createStudyFile(file, 'test');
  await runImport(db, { path: small }, { actor: 'test' });
  return { file, db, big };
}

describe('import atomicity', () => {
  it('cancel at 60% rolls everything back', async () => {
    const dir = tempDir();
    const { db, big } = await studyWithBaseline(dir);
    const before = fingerprint(db);
    const controller = new AbortController();
    let cancelledAt = 0;
    await expect(
      runImport(db, { path: big }, {
        actor: 'test',
        signal: controller.signal,
        afterBatch: (_rows, bytes) => {
          const fraction = bytes / fs.statSync(big).size;
          if (fraction >= 0.6 && !controller.signal.aborted) {
            cancelledAt = fraction;
            controller.abort();
          }
        },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(cancelledAt).toBeGreaterThanOrEqual(0.6);
    expect(cancelledAt).toBeLessThan(1);
    expect(fingerprint(db)).toEqual(before);
    expect(db.inTransaction).toBe(false);
    db.close();
  });

  it('kill -9 during an import leaves the study as it was', async () => {
    const dir = tempDir();
    const { file, db, big } = await studyWithBaseline(dir);
    const before = fingerprint(db);
    db.close();

    const child = spawnCli(['import', big, '--study', file, '--progress']);
    const killedAt = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      child.stderr!.on('data', (d: Buffer) => {
        buffer += d.toString();
        const matches = [...buffer.matchAll(/progress ([\d.]+) (\d+)/g)];
        const last = matches[matches.length - 1];
        if (last && Number(last[1]) >= 0.3) {
          child.kill('SIGKILL');
          resolve(Number(last[1]));
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`import finished before it could be killed (code ${code}): ${buffer.slice(-500)}`));
      });
    });
    await new Promise((r) => child.once('close', r));
    expect(killedAt).toBeLessThan(1);

    const reopened = openStudyDb(file);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fingerprint(reopened)).toEqual(before);
    reopened.close();
  });
});
