/**
 * Column mappings: a preset's mapping restricted to the columns a file has, and a best guess for
 * CSVs of unknown origin from common column-name synonyms.
 */
import { MAPPABLE_FIELDS, type ColumnMapping, type FormatId, type MappableField } from '../../../../shared/domain/import';
import { CSV_PRESETS, columnKey } from './csvPresets';

/** The header's own spelling of `name` (exact, else by columnKey), or null when absent. */
export function findColumn(header: readonly string[], name: string): string | null {
  if (header.includes(name)) return name;
  const key = columnKey(name);
  for (const column of header) if (columnKey(column) === key) return column;
  return null;
}

/** The preset's mapping restricted to columns present in `header` (first present candidate wins). */
export function presetMapping(format: FormatId, header: string[]): ColumnMapping {
  if (format === 'generic-csv') return suggestCsvMapping(header);
  const preset = CSV_PRESETS.find((p) => p.format === format);
  if (!preset) return {};
  const mapping: ColumnMapping = {};
  for (const field of MAPPABLE_FIELDS) {
    for (const candidate of preset.columns[field] ?? []) {
      const column = findColumn(header, candidate);
      if (column !== null) {
        mapping[field] = column;
        break;
      }
    }
  }
  return mapping;
}

/**
 * Synonyms per field, compared by columnKey, best first. Fields are filled in this order and a
 * column is used once, so the specific names (video_id) are claimed before the loose ones (id).
 */
const SYNONYMS: ReadonlyArray<[MappableField, string[]]> = [
  ['id', ['video_id', 'videoid', 'aweme_id', 'item_id', 'post_id', 'tiktok_id', 'id']],
  ['url', ['tiktok_url', 'webVideoUrl', 'video_url', 'url', 'video_link', 'link', 'post_url', 'share_url', 'permalink']],
  [
    'authorHandle',
    [
      'username',
      'author_username',
      'author_unique_id',
      'unique_id',
      'authorMeta.name',
      'user_name',
      'handle',
      'author_handle',
      'author',
      'creator',
      'account',
      'user',
    ],
  ],
  ['authorName', ['author_nickname', 'nickname', 'authorMeta.nickName', 'author_full', 'display_name', 'author_name']],
  ['authorId', ['author_id', 'authorMeta.id', 'user_id', 'author_uid', 'uid']],
  ['authorFollowers', ['author_followers', 'author_followercount', 'authorMeta.fans', 'follower_count', 'followers_count', 'followers', 'fans']],
  [
    'createTime',
    [
      'unix_timestamp',
      'create_time',
      'createTimeISO',
      'createtime',
      'created_at',
      'create_date',
      'video_timestamp',
      'timestamp',
      'created',
      'published_at',
      'publish_time',
      'upload_date',
      'posted_at',
      'datetime',
      'date',
      'time',
    ],
  ],
  ['description', ['video_description', 'desc', 'description', 'text', 'body', 'caption', 'content', 'video_title', 'title']],
  ['musicId', ['music_id', 'musicMeta.musicId', 'sound_id', 'audio_id']],
  ['musicTitle', ['music_name', 'music_title', 'musicMeta.musicName', 'sound_name', 'sound_title', 'track']],
  ['musicAuthor', ['music_author', 'musicMeta.musicAuthor', 'sound_author', 'artist']],
  ['hashtags', ['hashtags', 'hashtag_names', 'hashtag', 'tags', 'challenges']],
  ['mentions', ['mentions', 'video_mention_list', 'mentioned_users', 'user_mentions']],
  ['region', ['region_code', 'region', 'location_created', 'locationCreated', 'country_code', 'country']],
  ['duration', ['video_duration', 'duration', 'video_length', 'videoMeta.duration', 'length']],
  ['views', ['view_count', 'play_count', 'views', 'plays', 'playCount', 'video_playcount', 'viewcount']],
  ['likes', ['like_count', 'digg_count', 'likes', 'diggCount', 'video_diggcount', 'heart_count', 'hearts']],
  ['comments', ['comment_count', 'comments', 'commentCount', 'video_commentcount']],
  ['shares', ['share_count', 'shares', 'shareCount', 'video_sharecount']],
  ['saves', ['collect_count', 'favorites_count', 'favourites_count', 'saves', 'collectCount', 'bookmarks']],
  ['isAd', ['is_ad', 'isAd', 'video_is_ad', 'is_sponsored', 'sponsored', 'ad']],
];

// Prefixes that exports put before a field name ("video_diggcount", "stats.playCount").
const PREFIXES = ['video', 'post', 'item', 'stats', 'data', 'tiktok'];

/** A generic best-guess mapping for an unknown CSV: synonyms, ignoring case, '_', '.', '/' and spaces. */
export function suggestCsvMapping(header: string[]): ColumnMapping {
  const keys = header.map(columnKey);
  const stripped = keys.map((k) => {
    for (const p of PREFIXES) if (k.startsWith(p) && k.length > p.length) return k.slice(p.length);
    return k;
  });
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const claim = (field: MappableField, candidates: readonly string[], from: readonly string[]): boolean => {
    for (const candidate of candidates) {
      const key = columnKey(candidate);
      const index = from.findIndex((k, i) => k === key && !used.has(i));
      if (index >= 0) {
        used.add(index);
        mapping[field] = header[index]!;
        return true;
      }
    }
    return false;
  };
  for (const [field, candidates] of SYNONYMS) {
    if (!claim(field, candidates, keys)) claim(field, candidates, stripped);
  }
  return mapping;
}
