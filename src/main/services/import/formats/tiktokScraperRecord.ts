/**
 * A drawrowfly/tiktok-scraper item (also Apify's TikTok scrapers, which keep its field names) →
 * RawRecord. Hashtags are objects ({name}), mentions are strings that keep their '@'.
 */
import type { JsonValue } from '../read/types';
import { isObject } from './jsonShapes';
import { emptyRawRecord, type RawRecord } from './postBuilder';

export function tiktokScraperRecord(value: JsonValue): RawRecord | string {
  if (!isObject(value)) return 'record is not a JSON object';
  if (Array.isArray(value.collector)) return 'a whole tiktok-scraper dump, not an item (its collector[] are the records)';
  const r = emptyRawRecord();
  r.id = value.id ?? null;
  r.url = value.webVideoUrl ?? null;
  const author = value.authorMeta;
  if (isObject(author)) {
    r.authorHandle = author.name ?? null;
    r.authorId = author.id ?? null;
    r.authorName = author.nickName ?? null;
    if ('fans' in author) r.followers = author.fans ?? null;
  }
  r.createTime = value.createTimeISO ?? value.createTime ?? null;
  r.description = value.text ?? null;
  const music = value.musicMeta;
  if (isObject(music)) {
    r.musicId = music.musicId ?? null;
    r.musicTitle = music.musicName ?? null;
    r.musicAuthor = music.musicAuthor ?? null;
  }
  if ('hashtags' in value) r.hashtags = value.hashtags ?? [];
  if ('mentions' in value) r.mentions = value.mentions ?? [];
  r.duration = isObject(value.videoMeta) ? (value.videoMeta.duration ?? null) : null;
  r.views = value.playCount ?? null;
  r.likes = value.diggCount ?? null;
  r.comments = value.commentCount ?? null;
  r.shares = value.shareCount ?? null;
  if ('collectCount' in value) r.saves = value.collectCount ?? null;
  r.region = value.locationCreated ?? null;
  r.isAd = value.isAd ?? null;
  return r;
}
