/** Recognising the JSON shapes Tokscope reads, by the keys they carry. */
import type { JsonObject, JsonValue } from '../read/types';

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export type JsonShape = 'zeeschuimer-envelope' | 'research-page' | 'research-video' | 'scraper-item' | 'tiktok-item' | 'scraper-dump';

const ENVELOPE_KEYS = ['item_id', 'nav_index', 'timestamp_collected', 'source_platform'];
const RESEARCH_KEYS = ['video_description', 'hashtag_names', 'view_count', 'like_count', 'region_code', 'create_time', 'music_id', 'username'];
const SCRAPER_KEYS = ['authorMeta', 'musicMeta', 'videoMeta', 'webVideoUrl', 'createTimeISO'];
const ITEM_KEYS = ['stats', 'statsV2', 'author', 'authorStats', 'textExtra', 'challenges', 'music', 'createTime'];

/** The keys of `v` among `keys`. */
export function keysPresent(v: JsonObject, keys: readonly string[]): string[] {
  return keys.filter((k) => k in v);
}

/** What one JSON value is, with the keys that gave it away; null when nothing matched. */
export function classify(v: JsonValue | undefined): { shape: JsonShape; keys: string[] } | null {
  if (!isObject(v)) return null;
  const envelope = keysPresent(v, ENVELOPE_KEYS);
  if (envelope.length > 0 && isObject(v.data)) return { shape: 'zeeschuimer-envelope', keys: [...envelope, 'data'] };
  if (isObject(v.data) && Array.isArray(v.data.videos)) return { shape: 'research-page', keys: ['data.videos'] };
  if (Array.isArray(v.collector)) return { shape: 'scraper-dump', keys: ['collector'] };
  const scraper = keysPresent(v, SCRAPER_KEYS);
  if (scraper.length > 0 && !('desc' in v)) return { shape: 'scraper-item', keys: scraper };
  const item = keysPresent(v, ITEM_KEYS);
  if ('desc' in v && item.length > 0) return { shape: 'tiktok-item', keys: ['desc', ...item] };
  const research = keysPresent(v, RESEARCH_KEYS);
  if (research.length >= 2 || (research.length === 1 && ('id' in v || 'video_id' in v))) {
    return { shape: 'research-video', keys: research };
  }
  return null;
}

/** Arrays of TikTok items inside API responses and page embeds, by key. */
export const ITEM_LIST_KEYS = ['itemList', 'item_list', 'items', 'aweme_list'] as const;
