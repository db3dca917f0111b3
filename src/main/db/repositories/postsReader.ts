/** Reading posts back: filtered, sorted pages for the table and the CLI, and one post in full. */
import { ApiError } from '../../../shared/api/result';
import type { PostSortKey } from '../../../shared/api/coreApi';
import type { PostFilter } from '../../../shared/domain/filter';
import { approxMaskToFields, POST_FLAG, type PostDetail, type PostRow, type PostSourceRecord } from '../../../shared/domain/post';
import type { Db } from '../connection';
import { filterToSql } from '../filterSql';

interface RowData {
  pk: number;
  id: string;
  handle: string | null;
  platform_id: string | null;
  display_name: string | null;
  followers: number | null;
  create_time: number | null;
  description: string | null;
  music_id: string | null;
  title: string | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  approx: number;
  flags: number;
  followers_approx: number | null;
}

const SELECT_ROW = `
  SELECT p.pk, p.id, a.handle, a.platform_id, a.display_name, a.followers, a.followers_approx, p.create_time, t.description,
         s.music_id, s.title, p.views, p.likes, p.comments, p.shares, p.saves, p.approx, p.flags
  FROM posts p
  LEFT JOIN accounts a ON a.id = p.account_id
  LEFT JOIN sounds s ON s.id = p.sound_id
  LEFT JOIN post_text t ON t.pk = p.pk`;

const SORT_SQL: Record<PostSortKey, string> = {
  createTime: 'p.create_time',
  views: 'p.views',
  likes: 'p.likes',
  comments: 'p.comments',
  shares: 'p.shares',
  authorHandle: 'a.key',
  id: 'p.pk',
};

export function isoFromUnix(seconds: number | null): string | null {
  if (seconds === null) return null;
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** Loads hashtags, mentions and dataset ids for a set of posts in three queries. */
function attachLists(db: Db, pks: number[]) {
  const hashtags = new Map<number, string[]>();
  const mentions = new Map<number, string[]>();
  const datasets = new Map<number, number[]>();
  if (pks.length === 0) return { hashtags, mentions, datasets };
  const json = JSON.stringify(pks);
  const push = <T>(map: Map<number, T[]>, key: number, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const r of db
    .prepare<[string], { post_pk: number; tag: string }>(
      `SELECT ph.post_pk, h.tag FROM post_hashtags ph JOIN hashtags h ON h.id = ph.hashtag_id
       WHERE ph.post_pk IN (SELECT value FROM json_each(?)) ORDER BY ph.post_pk, h.id`,
    )
    .all(json))
    push(hashtags, r.post_pk, r.tag);
  for (const r of db
    .prepare<[string], { post_pk: number; key: string }>(
      `SELECT pm.post_pk, a.key FROM post_mentions pm JOIN accounts a ON a.id = pm.account_id
       WHERE pm.post_pk IN (SELECT value FROM json_each(?)) ORDER BY pm.post_pk, a.id`,
    )
    .all(json))
    push(mentions, r.post_pk, r.key);
  for (const r of db
    .prepare<[string], { post_pk: number; dataset_id: number }>(
      `SELECT post_pk, dataset_id FROM post_sources WHERE post_pk IN (SELECT value FROM json_each(?)) ORDER BY post_pk, dataset_id`,
    )
    .all(json))
    push(datasets, r.post_pk, r.dataset_id);
  return { hashtags, mentions, datasets };
}

function toRows(db: Db, data: RowData[]): PostRow[] {
  const lists = attachLists(
    db,
    data.map((d) => d.pk),
  );
  return data.map((d) => {
    const approximate = approxMaskToFields(d.approx | (d.followers_approx ? 32 : 0));
    return {
      id: d.id,
      authorHandle: d.handle,
      authorId: d.platform_id,
      authorName: d.display_name,
      authorFollowers: d.followers,
      createTime: isoFromUnix(d.create_time),
      description: d.description,
      musicId: d.music_id,
      musicTitle: d.title,
      hashtags: lists.hashtags.get(d.pk) ?? [],
      mentions: lists.mentions.get(d.pk) ?? [],
      views: d.views,
      likes: d.likes,
      comments: d.comments,
      shares: d.shares,
      saves: d.saves,
      approximate,
      datasets: lists.datasets.get(d.pk) ?? [],
      timeMismatch: (d.flags & POST_FLAG.timeMismatch) !== 0,
    };
  });
}

export interface PostQuery {
  filter?: PostFilter;
  sort?: PostSortKey;
  descending?: boolean;
  offset?: number;
  limit?: number;
}

export function countPosts(db: Db, filter?: PostFilter): number {
  const where = filterToSql(filter);
  return db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM posts p WHERE ${where.sql}`).get(...where.params)!.n;
}

export function queryPosts(db: Db, q: PostQuery): { total: number; offset: number; rows: PostRow[] } {
  const where = filterToSql(q.filter);
  const sort = SORT_SQL[q.sort ?? 'createTime'];
  const dir = q.descending ? 'DESC' : 'ASC';
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 100;
  // NULLs last in both directions, then a stable tie-break on pk.
  const data = db
    .prepare<unknown[], RowData>(
      `${SELECT_ROW} WHERE ${where.sql} ORDER BY ${sort} IS NULL, ${sort} ${dir}, p.pk ${dir} LIMIT ? OFFSET ?`,
    )
    .all(...where.params, limit, offset);
  return { total: countPosts(db, q.filter), offset, rows: toRows(db, data) };
}

/** Streams every matching post in pk order, in pages, without holding them all in memory. */
export function* iteratePosts(db: Db, filter?: PostFilter, pageSize = 2000): Generator<PostRow> {
  const where = filterToSql(filter);
  const stmt = db.prepare<unknown[], RowData>(`${SELECT_ROW} WHERE p.pk > ? AND ${where.sql} ORDER BY p.pk LIMIT ?`);
  let after = 0;
  for (;;) {
    const data = stmt.all(after, ...where.params, pageSize);
    if (data.length === 0) return;
    yield* toRows(db, data);
    after = data[data.length - 1]!.pk;
  }
}

/** CSV rows are stored as a JSON array in header order; show them as header → value. */
function csvRecordAsObject(raw: string, columnsJson: string | null): string {
  if (!columnsJson || !raw.startsWith('[')) return raw;
  const columns = JSON.parse(columnsJson) as string[];
  const values = JSON.parse(raw) as string[];
  const record: Record<string, string> = {};
  columns.forEach((name, i) => (record[name || `column ${i + 1}`] = values[i] ?? ''));
  return JSON.stringify(record);
}

export function getPost(db: Db, id: string): PostDetail {
  const data = db.prepare<[string], RowData>(`${SELECT_ROW} WHERE p.id = ?`).get(id);
  if (!data) throw new ApiError('NOT_FOUND', `No post with ID ${id} in this study.`);
  const [row] = toRows(db, [data]);
  const extra = db
    .prepare<[number], { region: string | null; duration: number | null; is_ad: number | null; url: string | null; create_time_original: string | null; author_name: string | null }>(
      `SELECT p.region, p.duration, p.is_ad, t.url, t.create_time_original, s.author_name
       FROM posts p LEFT JOIN post_text t ON t.pk = p.pk LEFT JOIN sounds s ON s.id = p.sound_id WHERE p.pk = ?`,
    )
    .get(data.pk)!;
  const sources: PostSourceRecord[] = db
    .prepare<[number], { dataset_id: number; label: string; line: number | null; change: PostSourceRecord['change']; raw: string; previous_json: string | null; columns_json: string | null }>(
      `SELECT s.dataset_id, d.label, s.line, s.change, s.raw, s.previous_json, d.columns_json FROM post_sources s JOIN datasets d ON d.id = s.dataset_id
       WHERE s.post_pk = ? ORDER BY s.dataset_id`,
    )
    .all(data.pk)
    .map((s) => ({
      datasetId: s.dataset_id,
      datasetLabel: s.label,
      line: s.line,
      change: s.change,
      raw: csvRecordAsObject(s.raw, s.columns_json),
      previous: s.previous_json ? (JSON.parse(s.previous_json) as Record<string, unknown>) : null,
    }));
  return {
    ...row!,
    region: extra.region,
    durationSeconds: extra.duration,
    isAd: extra.is_ad === null ? null : extra.is_ad === 1,
    url: extra.url,
    musicAuthor: extra.author_name,
    createTimeOriginal: extra.create_time_original,
    sources,
  };
}

export function suggest(db: Db, kind: 'authors' | 'hashtags' | 'sounds', prefix: string, limit = 20) {
  const like = `${prefix.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (kind === 'authors') {
    return db
      .prepare<[string, number], { value: string; label: string; posts: number }>(
        `SELECT a.key AS value, coalesce(a.handle, a.key) || coalesce(' (' || a.display_name || ')', '') AS label, count(p.pk) AS posts
         FROM accounts a JOIN posts p ON p.account_id = a.id WHERE a.key LIKE ? ESCAPE '\\' GROUP BY a.id ORDER BY posts DESC LIMIT ?`,
      )
      .all(like, limit);
  }
  if (kind === 'hashtags') {
    return db
      .prepare<[string, number], { value: string; label: string; posts: number }>(
        `SELECT h.tag AS value, '#' || h.display AS label, count(*) AS posts
         FROM hashtags h JOIN post_hashtags ph ON ph.hashtag_id = h.id WHERE h.tag LIKE ? ESCAPE '\\' GROUP BY h.id ORDER BY posts DESC LIMIT ?`,
      )
      .all(like, limit);
  }
  return db
    .prepare<[string, string, number], { value: string; label: string; posts: number }>(
      `SELECT s.music_id AS value, coalesce(s.title, s.music_id) AS label, count(*) AS posts
       FROM sounds s JOIN posts p ON p.sound_id = s.id WHERE s.music_id LIKE ? ESCAPE '\\' OR lower(s.title) LIKE ? ESCAPE '\\'
       GROUP BY s.id ORDER BY posts DESC LIMIT ?`,
    )
    .all(like, `%${like}`, limit);
}
