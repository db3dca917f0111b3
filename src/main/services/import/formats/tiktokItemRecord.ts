/**
 * TikTok's web "itemStruct" (what Zeeschuimer captures in `data`, what the web API returns in
 * itemList) → RawRecord. Any key may be absent: Zeeschuimer items lack `challenges` or
 * `textExtra` on about a fifth of records, embedded page variants lack `authorStats`.
 */
import type { JsonObject, JsonValue } from '../read/types';
import { emptyRawRecord, type RawRecord } from './postBuilder';
import { isObject } from './jsonShapes';

/** A Zeeschuimer envelope's TikTok item, or the value itself when it is a bare item. */
function unwrap(v: JsonObject): { item: JsonObject; envelopeItemId: JsonValue | undefined } | string {
  if (isObject(v.data) && ('item_id' in v || 'nav_index' in v || 'timestamp_collected' in v || 'source_platform' in v)) {
    const platform = v.source_platform;
    if (typeof platform === 'string' && !platform.toLowerCase().includes('tiktok')) {
      return `not a TikTok record (source_platform "${platform}")`;
    }
    // The envelope's own `id` is Zeeschuimer's local row counter, never the TikTok ID.
    return { item: v.data, envelopeItemId: v.item_id };
  }
  if (isObject(v.itemInfo) && isObject(v.itemInfo.itemStruct)) return { item: v.itemInfo.itemStruct, envelopeItemId: undefined };
  if (isObject(v.item) && !('desc' in v)) return { item: v.item, envelopeItemId: undefined };
  return { item: v, envelopeItemId: undefined };
}

/** The value of the first present key: stats fields moved between `stats` and (string) `statsV2`. */
function firstPresent(objects: Array<JsonValue | undefined>, key: string): JsonValue | undefined {
  for (const o of objects) if (isObject(o) && o[key] !== undefined && o[key] !== null) return o[key];
  return undefined;
}

/** Provided by the format: absent becomes null, so counts are tallied as missing. */
function provided(v: JsonValue | undefined): JsonValue {
  return v === undefined ? null : v;
}

export function tiktokItemRecord(value: JsonValue): RawRecord | string {
  if (!isObject(value)) return 'record is not a JSON object';
  const unwrapped = unwrap(value);
  if (typeof unwrapped === 'string') return unwrapped;
  const { item, envelopeItemId } = unwrapped;
  if (isObject(item.liveRoomInfo)) return 'a live stream, not a video post';
  if ('cid' in item && !('desc' in item)) return 'a comment, not a video post';

  const r = emptyRawRecord();
  r.id = item.id ?? envelopeItemId ?? null;
  const author = item.author;
  if (isObject(author)) {
    r.authorHandle = author.uniqueId ?? author.unique_id ?? null;
    r.authorId = author.id ?? item.authorId ?? null;
    r.authorName = author.nickname ?? null;
  } else {
    // Page-embed variant: author is the handle, nickname and authorId sit beside it.
    r.authorHandle = author ?? null;
    r.authorId = item.authorId ?? null;
    r.authorName = item.nickname ?? null;
  }
  const stats = [item.stats, item.statsV2];
  r.views = provided(firstPresent(stats, 'playCount'));
  r.likes = provided(firstPresent(stats, 'diggCount'));
  r.comments = provided(firstPresent(stats, 'commentCount'));
  r.shares = provided(firstPresent(stats, 'shareCount'));
  r.saves = provided(firstPresent(stats, 'collectCount'));
  r.followers = provided(firstPresent([item.authorStats, item.authorStatsV2], 'followerCount'));
  r.createTime = item.createTime ?? null;
  r.description = item.desc ?? null;
  const music = item.music;
  if (isObject(music)) {
    r.musicId = music.id ?? null;
    r.musicTitle = music.title ?? null;
    r.musicAuthor = music.authorName ?? null;
  }

  // Hashtags: textExtra type 1 and challenges[].title (the caption is scanned by buildPost).
  const textExtra = Array.isArray(item.textExtra) ? item.textExtra : null;
  const tags: string[] = [];
  const mentions: string[] = [];
  if (textExtra) {
    for (const t of textExtra) {
      if (!isObject(t)) continue;
      if (typeof t.hashtagName === 'string' && t.hashtagName.length > 0) tags.push(t.hashtagName);
      else if (typeof t.userUniqueId === 'string' && t.userUniqueId.length > 0) mentions.push(t.userUniqueId);
    }
  }
  if (Array.isArray(item.challenges)) {
    for (const c of item.challenges) if (isObject(c) && typeof c.title === 'string' && c.title.length > 0) tags.push(c.title);
  }
  if (textExtra || Array.isArray(item.challenges)) r.hashtags = tags;
  // Mentions only from textExtra: the caption shows display names, not handles.
  if (textExtra) r.mentions = mentions;

  r.region = item.locationCreated ?? null;
  r.duration = isObject(item.video) ? (item.video.duration ?? null) : null;
  r.isAd = item.isAd ?? null;
  return r;
}
