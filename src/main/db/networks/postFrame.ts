/**
 * The filtered posts a network is built from, as parallel integer columns: post pk, author
 * (accounts.id, 0 when unknown) and sound (sounds.id, 0 when none). The shared PostFilter is
 * applied here, through the same SQL every other screen uses.
 */
import type { PostFilter } from '../../../shared/domain/filter';
import type { Db } from '../connection';
import { filterToSql } from '../filterSql';
import { maxId, readIntPairs } from './packedRows';

export interface PostFrame {
  /** Post pks in scan order. */
  pk: Int32Array;
  author: Int32Array;
  sound: Int32Array;
  /** pk → row index + 1 (0 = post not in the frame); length maxPk + 1. */
  rowOfPk: Int32Array;
  minPk: number;
  maxPk: number;
}

export function loadPostFrame(db: Db, filter: PostFilter | undefined, withSounds: boolean): PostFrame {
  const cond = filterToSql(filter);
  const maxPk = maxId(db, 'posts', 'pk');
  const authors = readIntPairs(
    db,
    { a: 'p.pk', b: 'coalesce(p.account_id, 0)', rest: `posts p WHERE ${cond.sql}`, params: cond.params },
    maxPk,
    maxId(db, 'accounts', 'id'),
  );
  const n = authors.a.length;
  const rowOfPk = new Int32Array(maxPk + 1);
  let minPk = Number.MAX_SAFE_INTEGER;
  let highPk = 0;
  for (let i = 0; i < n; i++) {
    const pk = authors.a[i]!;
    rowOfPk[pk] = i + 1;
    if (pk < minPk) minPk = pk;
    if (pk > highPk) highPk = pk;
  }
  const sound = new Int32Array(n);
  if (withSounds && n > 0) {
    const sounds = readIntPairs(
      db,
      { a: 'p.pk', b: 'p.sound_id', rest: `posts p WHERE p.sound_id IS NOT NULL AND ${cond.sql}`, params: cond.params },
      maxPk,
      maxId(db, 'sounds', 'id'),
    );
    // Matched by pk rather than by position: the two scans need not share a plan.
    for (let i = 0; i < sounds.a.length; i++) {
      const row = rowOfPk[sounds.a[i]!]!;
      if (row !== 0) sound[row - 1] = sounds.b[i]!;
    }
  }
  return { pk: authors.a, author: authors.b, sound, rowOfPk, minPk: n ? minPk : 0, maxPk: highPk };
}
