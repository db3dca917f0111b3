/**
 * A TikTok Research API video object → RawRecord. Only requested fields come back and even those
 * may be missing (a real page has a video without like_count), so everything is optional.
 * Real responses call the ID `id`; TikTok's documentation example and traktok say `video_id`.
 */
import type { JsonValue } from '../read/types';
import { isObject } from './jsonShapes';
import { emptyRawRecord, type RawRecord } from './postBuilder';

export function researchApiRecord(value: JsonValue): RawRecord | string {
  if (!isObject(value)) return 'record is not a JSON object';
  const data = value.data;
  if (isObject(data) && Array.isArray(data.videos)) {
    return 'a whole Research API response page, not a video (its data.videos are the records)';
  }
  if (isObject(data) && Array.isArray(data.comments)) return 'a Research API comment list: comments are not posts';
  const error = value.error;
  if (isObject(error) && !('id' in value) && !('video_id' in value)) {
    const code = typeof error.code === 'string' ? error.code : 'unknown';
    const message = typeof error.message === 'string' && error.message ? `: ${error.message}` : '';
    return `a Research API error response (${code}${message}), not a video`;
  }
  const r = emptyRawRecord();
  r.id = value.id ?? value.video_id ?? null;
  r.authorHandle = value.username ?? value.author_name ?? null;
  r.createTime = value.create_time ?? null;
  r.description = value.video_description ?? null;
  r.musicId = value.music_id ?? null;
  // hashtag_info_list ({hashtag_name, …}) is the newer, richer twin of hashtag_names.
  const tags: JsonValue[] = [];
  if (Array.isArray(value.hashtag_names)) tags.push(...value.hashtag_names);
  else if (typeof value.hashtag_names === 'string') tags.push(value.hashtag_names);
  if (Array.isArray(value.hashtag_info_list)) tags.push(...value.hashtag_info_list);
  if ('hashtag_names' in value || 'hashtag_info_list' in value) r.hashtags = tags;
  // video_mention_list exists only since April 2025 and only when requested.
  if ('video_mention_list' in value) r.mentions = value.video_mention_list ?? [];
  r.region = value.region_code ?? null;
  r.duration = value.video_duration ?? null;
  // Counts the query normally asks for: absent means missing. Saves are a newer, rarely
  // requested field (two spellings in TikTok's docs): only counted when the key exists.
  r.views = value.view_count ?? null;
  r.likes = value.like_count ?? null;
  r.comments = value.comment_count ?? null;
  r.shares = value.share_count ?? null;
  if ('favorites_count' in value) r.saves = value.favorites_count ?? null;
  else if ('favourites_count' in value) r.saves = value.favourites_count ?? null;
  return r;
}
