/**
 * The CSV layouts Tokscope recognises: how to spot each from its header, and which column feeds
 * which field. Column names are compared by `columnKey` (case, spaces, '_', '.', '/' ignored), so
 * "authorMeta.name", "authorMeta/name" (Apify's flattening) and "author_meta_name" are one column.
 */
import type { FormatId, MappableField } from '../../../../shared/domain/import';

export type CsvFormatId = Exclude<
  FormatId,
  'zeeschuimer-ndjson' | 'research-api-json' | 'research-api-ndjson' | 'tiktok-scraper-json' | 'tiktok-item-json'
>;

export interface CsvSignature {
  /** Every group needs one column present (a group lists interchangeable names). */
  groups: string[][];
  /** Only when some column name contains '/': Apify's flattening ("authorMeta/name"). */
  slashFlattened?: boolean;
}

export interface CsvPreset {
  format: CsvFormatId;
  /** Alternative signatures; the preset matches when one of them matches. */
  signatures: CsvSignature[];
  /** field → candidate columns, best first. */
  columns: Partial<Record<MappableField, string[]>>;
}

/** Header name → comparison key: lower case, letters and digits only ("\uFEFFVideo_ID" → "videoid"). */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** In detection order: the most specific layouts first, the loosest last. */
export const CSV_PRESETS: readonly CsvPreset[] = [
  {
    // GESIS "News on TikTok": Research-API metadata behind manual coding variables.
    format: 'gesis-csv',
    signatures: [{ groups: [['M1_video_id'], ['M3_create_time']] }],
    columns: {
      id: ['M1_video_id'],
      url: ['V2_video_link'],
      musicId: ['M2_music_id'],
      createTime: ['M3_create_time'],
      likes: ['M4_like_count'],
      views: ['M5_view_count'],
      comments: ['M6_comment_count'],
      shares: ['M7_share_count'],
      hashtags: ['M8_hashtags'],
    },
  },
  {
    // 4CAT's TikTok export (36 columns), and the shorter 23-column 4CAT-like header of
    // third-party scripts (adds author_id, drops most flags).
    format: '4cat-csv',
    signatures: [{ groups: [['thread_id'], ['author_full'], ['body'], ['unix_timestamp', 'timestamp']] }],
    columns: {
      id: ['id', 'thread_id'],
      url: ['tiktok_url'],
      authorHandle: ['author'],
      authorId: ['author_id'],
      authorName: ['author_full'],
      authorFollowers: ['author_followers'],
      // unix_timestamp is exact and zone-free; timestamp is the same instant as UTC text.
      createTime: ['unix_timestamp', 'timestamp'],
      description: ['body'],
      musicId: ['music_id'],
      musicTitle: ['music_name'],
      musicAuthor: ['music_author'],
      hashtags: ['hashtags'],
      region: ['location_created'],
      views: ['plays'],
      likes: ['likes'],
      comments: ['comments'],
      shares: ['shares'],
      isAd: ['is_ad'],
    },
  },
  {
    // zeeschuimer-decoder's flattened CSV: `author` is the display name; the handle is in `url`.
    format: 'zeeschuimer-csv',
    signatures: [{ groups: [['url'], ['description'], ['author'], ['digg_count'], ['play_count']] }],
    columns: {
      id: ['id'],
      url: ['url'],
      description: ['description'],
      authorName: ['author'],
      authorFollowers: ['author_followers'],
      likes: ['digg_count'],
      shares: ['share_count'],
      comments: ['comment_count'],
      views: ['play_count'],
    },
  },
  {
    // Apify TikTok scrapers (flattened with '/', or with '.' after a spreadsheet round trip).
    format: 'apify-csv',
    signatures: [
      { groups: [['webVideoUrl'], ['createTimeISO']] },
      { groups: [['authorMeta/name'], ['diggCount']], slashFlattened: true },
    ],
    columns: {
      id: ['id'],
      url: ['webVideoUrl'],
      authorHandle: ['authorMeta/name', 'authorMeta.name'],
      authorId: ['authorMeta/id'],
      authorName: ['authorMeta/nickName'],
      authorFollowers: ['authorMeta/fans'],
      createTime: ['createTimeISO', 'createTime'],
      description: ['text'],
      musicId: ['musicMeta/musicId'],
      musicTitle: ['musicMeta/musicName'],
      musicAuthor: ['musicMeta/musicAuthor'],
      hashtags: ['hashtags/0/name', 'hashtags'],
      mentions: ['mentions/0', 'mentions'],
      region: ['locationCreated'],
      duration: ['videoMeta/duration'],
      views: ['playCount'],
      likes: ['diggCount'],
      comments: ['commentCount'],
      shares: ['shareCount'],
      saves: ['collectCount'],
      isAd: ['isAd'],
    },
  },
  {
    // drawrowfly/tiktok-scraper output flattened to CSV.
    format: 'tiktok-scraper-csv',
    signatures: [{ groups: [['diggCount'], ['playCount'], ['createTime', 'authorMeta.name', 'text']] }],
    columns: {
      id: ['id'],
      url: ['webVideoUrl'],
      authorHandle: ['authorMeta.name'],
      authorId: ['authorMeta.id'],
      authorName: ['authorMeta.nickName'],
      authorFollowers: ['authorMeta.fans'],
      createTime: ['createTime'],
      description: ['text'],
      musicId: ['musicMeta.musicId'],
      musicTitle: ['musicMeta.musicName'],
      musicAuthor: ['musicMeta.musicAuthor'],
      hashtags: ['hashtags'],
      mentions: ['mentions'],
      duration: ['videoMeta.duration'],
      views: ['playCount'],
      likes: ['diggCount'],
      comments: ['commentCount'],
      shares: ['shareCount'],
    },
  },
  {
    // TikTok Research API video fields, as saved by researchers' scripts and traktok's tibble.
    format: 'research-api-csv',
    signatures: [
      {
        groups: [
          ['id', 'video_id'],
          ['view_count'],
          ['video_description', 'hashtag_names', 'region_code', 'username', 'author_name'],
        ],
      },
    ],
    columns: {
      id: ['id', 'video_id'],
      authorHandle: ['username', 'author_name'],
      createTime: ['create_time'],
      description: ['video_description'],
      musicId: ['music_id'],
      hashtags: ['hashtag_names'],
      mentions: ['video_mention_list'],
      region: ['region_code'],
      duration: ['video_duration'],
      views: ['view_count'],
      likes: ['like_count'],
      comments: ['comment_count'],
      shares: ['share_count'],
      saves: ['favorites_count', 'favourites_count'],
    },
  },
  {
    // The "common academic schema" (synthetic benchmark files and many course datasets).
    // author_id holds handles ("user123") in practice, so it feeds both fields.
    format: 'common-csv',
    signatures: [{ groups: [['video_id'], ['desc'], ['play_count']] }],
    columns: {
      id: ['video_id'],
      url: ['url', 'video_url'],
      authorHandle: ['author_id', 'author'],
      authorId: ['author_id'],
      createTime: ['create_time'],
      description: ['desc'],
      musicId: ['music_id'],
      hashtags: ['hashtags'],
      views: ['play_count'],
      likes: ['like_count'],
      comments: ['comment_count'],
      shares: ['share_count'],
      saves: ['collect_count'],
    },
  },
];
