/** The hot columns of every post, as parallel typed arrays (the analysis frame's raw material). */
import type { Db } from '../connection';
import { readJsonColumns, toFloat64, toInt32 } from './jsonColumns';

export interface PostColumns {
  n: number;
  /** posts.pk (ascending as loaded). */
  pk: Int32Array;
  /** Unix seconds UTC; NaN when the post has no usable time. */
  createTime: Float64Array;
  /** accounts.id of the author; 0 when unknown (ids start at 1). */
  account: Int32Array;
  /** sounds.id; 0 when none. */
  sound: Int32Array;
  /** Counts; NaN when missing (never confused with 0). */
  views: Float64Array;
  likes: Float64Array;
  comments: Float64Array;
  shares: Float64Array;
  /** APPROX_BIT mask of approximate counts. */
  approx: Uint8Array;
}

export function loadPostColumns(db: Db): PostColumns {
  const [pk, createTime, account, sound, views, likes, comments, shares, approx] = readJsonColumns(
    db,
    ['pk', 'create_time', 'account_id', 'sound_id', 'views', 'likes', 'comments', 'shares', 'approx'],
    '(SELECT * FROM posts ORDER BY pk)',
  ) as [number[], ...Array<Array<number | null>>];
  return {
    n: pk.length,
    pk: toInt32(pk, 0),
    createTime: toFloat64(createTime!),
    account: toInt32(account!, 0),
    sound: toInt32(sound!, 0),
    views: toFloat64(views!),
    likes: toFloat64(likes!),
    comments: toFloat64(comments!),
    shares: toFloat64(shares!),
    approx: Uint8Array.from(approx!, (v) => v ?? 0),
  };
}
