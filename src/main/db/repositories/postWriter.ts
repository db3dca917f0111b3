/**
 * Writes normalised posts of one dataset into a study. The caller owns the transaction (an
 * import is one transaction, so it is atomic). A post is unique by video ID: a new ID is
 * inserted; a known ID is compared with what the study has and updated when the newer
 * record brings different non-empty values (fields the newer source lacks keep their value).
 * Every write records the post's source row (dataset, line, original record, previous values).
 */
import type { NormalisedPost } from '../../../shared/domain/post';
import { approxFieldsToMask, APPROX_BIT, type CountField } from '../../../shared/domain/post';
import type { Db } from '../connection';
import { EntityCache } from './entityCache';
import { RowBuffer } from './rowBuffer';

export interface WriteItem {
  post: NormalisedPost;
  line: number | null;
  /** Original record as text (JSON text, or a JSON object of CSV header → value). */
  raw: string;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records whose ID appeared earlier in the same dataset (the later one wins). */
  duplicatesInDataset: number;
}

interface StoredPost {
  pk: number;
  account_id: number | null;
  create_time: number | null;
  sound_id: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  approx: number;
  flags: number;
  duration: number | null;
  region: string | null;
  is_ad: number | null;
  description: string | null;
  create_time_original: string | null;
  url: string | null;
}

type Comparable = Omit<StoredPost, 'pk'>;

const COUNT_COLUMNS: ReadonlyArray<[CountField, 'views' | 'likes' | 'comments' | 'shares' | 'saves']> = [
  ['views', 'views'],
  ['likes', 'likes'],
  ['comments', 'comments'],
  ['shares', 'shares'],
  ['saves', 'saves'],
];

export class PostWriter {
  readonly counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0, duplicatesInDataset: 0 };
  private readonly entities: EntityCache;
  private readonly stmts;
  /** Child rows of newly inserted posts, written in multi-row statements. */
  private readonly buffers;

  constructor(
    private readonly db: Db,
    private readonly datasetId: number,
  ) {
    this.entities = new EntityCache(db);
    this.buffers = {
      text: new RowBuffer(db, 'INSERT INTO post_text (pk, description, create_time_original, url)', 4),
      hashtags: new RowBuffer(db, 'INSERT OR IGNORE INTO post_hashtags (post_pk, hashtag_id)', 2),
      mentions: new RowBuffer(db, 'INSERT OR IGNORE INTO post_mentions (post_pk, account_id)', 2),
      sources: new RowBuffer(db, 'INSERT INTO post_sources (post_pk, dataset_id, line, change, raw, previous_json)', 6),
    };
    this.stmts = {
      insertPost: db.prepare(
        `INSERT INTO posts (id, account_id, create_time, sound_id, views, likes, comments, shares, saves, approx, flags, duration, region, is_ad, last_dataset_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
      ),
      insertHashtag: db.prepare('INSERT OR IGNORE INTO post_hashtags (post_pk, hashtag_id) VALUES (?, ?)'),
      insertMention: db.prepare('INSERT OR IGNORE INTO post_mentions (post_pk, account_id) VALUES (?, ?)'),
      upsertSource: db.prepare(
        `INSERT INTO post_sources (post_pk, dataset_id, line, change, raw, previous_json) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(post_pk, dataset_id) DO UPDATE SET
           line = excluded.line,
           raw = excluded.raw,
           change = CASE WHEN post_sources.change = 'inserted' OR excluded.change = 'unchanged' AND post_sources.change = 'updated'
                         THEN post_sources.change ELSE excluded.change END,
           previous_json = coalesce(post_sources.previous_json, excluded.previous_json)`,
      ),
      sourceExists: db.prepare<[number, number], { one: number }>(
        'SELECT 1 AS one FROM post_sources WHERE post_pk = ? AND dataset_id = ?',
      ),
      selectStored: db.prepare<[string], StoredPost>(
        `SELECT p.pk, p.account_id, p.create_time, p.sound_id, p.views, p.likes, p.comments, p.shares, p.saves, p.approx,
                p.flags, p.duration, p.region, p.is_ad, t.description, t.create_time_original, t.url
         FROM posts p LEFT JOIN post_text t ON t.pk = p.pk WHERE p.id = ?`,
      ),
      selectHashtagIds: db.prepare<[number], { hashtag_id: number }>('SELECT hashtag_id FROM post_hashtags WHERE post_pk = ?'),
      selectMentionIds: db.prepare<[number], { account_id: number }>('SELECT account_id FROM post_mentions WHERE post_pk = ?'),
      deleteHashtags: db.prepare('DELETE FROM post_hashtags WHERE post_pk = ?'),
      deleteMentions: db.prepare('DELETE FROM post_mentions WHERE post_pk = ?'),
      updatePost: db.prepare(
        `UPDATE posts SET account_id = ?, create_time = ?, sound_id = ?, views = ?, likes = ?, comments = ?, shares = ?, saves = ?,
                approx = ?, flags = ?, duration = ?, region = ?, is_ad = ?, last_dataset_id = ? WHERE pk = ?`,
      ),
      upsertText: db.prepare(
        `INSERT INTO post_text (pk, description, create_time_original, url) VALUES (?, ?, ?, ?)
         ON CONFLICT(pk) DO UPDATE SET description = excluded.description, create_time_original = excluded.create_time_original, url = excluded.url`,
      ),
      accountKey: db.prepare<[number], { key: string }>('SELECT key FROM accounts WHERE id = ?'),
      musicId: db.prepare<[number], { music_id: string }>('SELECT music_id FROM sounds WHERE id = ?'),
    };
  }

  write(items: readonly WriteItem[]): void {
    for (const item of items) this.writeOne(item);
    this.flush();
  }

  /** Writes buffered child rows; required before anything reads them back. */
  private flush(): void {
    this.buffers.text.flush();
    this.buffers.hashtags.flush();
    this.buffers.mentions.flush();
    this.buffers.sources.flush();
  }

  private resolve(post: NormalisedPost) {
    const accountId = this.entities.account({
      handle: post.authorHandle,
      platformId: post.authorId,
      displayName: post.authorName,
      followers: post.authorFollowers,
      followersApprox: post.approximate.includes('followers'),
    });
    const soundId = this.entities.sound(post.musicId, post.musicTitle, post.musicAuthor);
    const hashtagIds = post.hashtags.map((tag) => this.entities.hashtag(tag, post.hashtagDisplay[tag] ?? tag));
    const mentionIds: number[] = [];
    for (const handle of post.mentions) {
      const id = this.entities.account({ handle, platformId: null, displayName: null, followers: null, followersApprox: false });
      if (id !== null) mentionIds.push(id);
    }
    return { accountId, soundId, hashtagIds, mentionIds };
  }

  private writeOne({ post, line, raw }: WriteItem): void {
    const { accountId, soundId, hashtagIds, mentionIds } = this.resolve(post);
    const approx = approxFieldsToMask(post.approximate.filter((f) => f !== 'followers'));
    const isAd = post.isAd === null ? null : post.isAd ? 1 : 0;
    const s = this.stmts;
    const info = s.insertPost.run(
      post.id,
      accountId,
      post.createTime,
      soundId,
      post.views,
      post.likes,
      post.comments,
      post.shares,
      post.saves,
      approx,
      post.flags,
      post.durationSeconds,
      post.region,
      isAd,
      this.datasetId,
    );
    if (info.changes === 1) {
      const pk = Number(info.lastInsertRowid);
      const b = this.buffers;
      b.text.push(pk, post.description, post.createTimeOriginal, post.url);
      for (const id of hashtagIds) b.hashtags.push(pk, id);
      for (const id of mentionIds) b.mentions.push(pk, id);
      b.sources.push(pk, this.datasetId, line, 'inserted', raw, null);
      this.counts.inserted++;
      return;
    }
    this.flush();
    this.mergeExisting(post, line, raw, { accountId, soundId, hashtagIds, mentionIds, approx, isAd });
  }

  private mergeExisting(
    post: NormalisedPost,
    line: number | null,
    raw: string,
    r: { accountId: number | null; soundId: number | null; hashtagIds: number[]; mentionIds: number[]; approx: number; isAd: number | null },
  ): void {
    const s = this.stmts;
    const stored = s.selectStored.get(post.id);
    if (!stored) throw new Error(`post ${post.id} vanished during import`);
    if (s.sourceExists.get(stored.pk, this.datasetId)) this.counts.duplicatesInDataset++;

    // Newer non-empty values win; approximate bits follow the value they describe.
    let approx = stored.approx;
    for (const [field, column] of COUNT_COLUMNS) {
      if (post[column] !== null) approx = (approx & ~APPROX_BIT[field]) | (r.approx & APPROX_BIT[field]);
    }
    const next: Comparable = {
      account_id: r.accountId ?? stored.account_id,
      create_time: post.createTime ?? stored.create_time,
      sound_id: r.soundId ?? stored.sound_id,
      views: post.views ?? stored.views,
      likes: post.likes ?? stored.likes,
      comments: post.comments ?? stored.comments,
      shares: post.shares ?? stored.shares,
      saves: post.saves ?? stored.saves,
      approx,
      flags: post.createTime !== null ? post.flags : stored.flags | post.flags,
      duration: post.durationSeconds ?? stored.duration,
      region: post.region ?? stored.region,
      is_ad: r.isAd ?? stored.is_ad,
      description: post.description ?? stored.description,
      create_time_original: post.createTimeOriginal ?? stored.create_time_original,
      url: post.url ?? stored.url,
    };
    const previous: Record<string, unknown> = {};
    for (const key of Object.keys(next) as Array<keyof Comparable>) {
      if (next[key] !== stored[key]) previous[key] = stored[key];
    }
    if ('account_id' in previous) {
      previous.author = stored.account_id === null ? null : (s.accountKey.get(stored.account_id)?.key ?? null);
      delete previous.account_id;
    }
    if ('sound_id' in previous) {
      previous.musicId = stored.sound_id === null ? null : (s.musicId.get(stored.sound_id)?.music_id ?? null);
      delete previous.sound_id;
    }

    // A record that carries text or tags replaces the post's tag sets; one without keeps them.
    const replacesEntities = post.description !== null || post.hashtags.length > 0 || post.mentions.length > 0;
    if (replacesEntities) {
      const oldTags = s.selectHashtagIds.all(stored.pk).map((x) => x.hashtag_id);
      const oldMentions = s.selectMentionIds.all(stored.pk).map((x) => x.account_id);
      if (!sameSet(oldTags, r.hashtagIds)) {
        previous.hashtagIds = oldTags;
        s.deleteHashtags.run(stored.pk);
        for (const id of r.hashtagIds) s.insertHashtag.run(stored.pk, id);
      }
      if (!sameSet(oldMentions, r.mentionIds)) {
        previous.mentionIds = oldMentions;
        s.deleteMentions.run(stored.pk);
        for (const id of r.mentionIds) s.insertMention.run(stored.pk, id);
      }
    }

    const changed = Object.keys(previous).length > 0;
    if (changed) {
      s.updatePost.run(
        next.account_id,
        next.create_time,
        next.sound_id,
        next.views,
        next.likes,
        next.comments,
        next.shares,
        next.saves,
        next.approx,
        next.flags,
        next.duration,
        next.region,
        next.is_ad,
        this.datasetId,
        stored.pk,
      );
      s.upsertText.run(stored.pk, next.description, next.create_time_original, next.url);
      this.counts.updated++;
    } else {
      this.counts.unchanged++;
    }
    s.upsertSource.run(stored.pk, this.datasetId, line, changed ? 'updated' : 'unchanged', raw, changed ? JSON.stringify(previous) : null);
  }
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
