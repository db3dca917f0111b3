import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../read/types';
import { detectCsvFormat, detectJsonFormat } from './detect';

const split = (s: string): string[] => s.split(',');

describe('detectCsvFormat', () => {
  it('recognises the common academic schema; author_id feeds handle and id', () => {
    const d = detectCsvFormat(split('video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count'));
    expect(d.format).toBe('common-csv');
    expect(d.reason).toContain('video_id, desc, play_count');
    expect(d.mapping).toEqual({
      id: 'video_id',
      authorHandle: 'author_id',
      authorId: 'author_id',
      createTime: 'create_time',
      description: 'desc',
      musicId: 'music_id',
      hashtags: 'hashtags',
      views: 'play_count',
      likes: 'like_count',
      comments: 'comment_count',
      shares: 'share_count',
    });
  });

  it('ignores a byte-order mark and case in header names', () => {
    expect(detectCsvFormat(split('\uFEFFVideo_ID,Desc,Play_Count')).format).toBe('common-csv');
  });

  it('recognises 4CAT’s 36-column export and prefers unix_timestamp', () => {
    const header = split(
      'collected_from_url,id,thread_id,author,author_full,author_followers,author_likes,author_videos,author_avatar,body,stickers,timestamp,unix_timestamp,is_duet,is_ad,is_paid_partnership,is_sensitive,is_photosensitive,music_name,music_id,music_url,music_thumbnail,music_author,video_url,tiktok_url,thumbnail_url,likes,comments,shares,plays,hashtags,challenges,diversification_labels,location_created,effects,warning',
    );
    const d = detectCsvFormat(header);
    expect(d.format).toBe('4cat-csv');
    expect(d.reason).toContain('thread_id, author_full, body, unix_timestamp');
    expect(d.mapping).toMatchObject({
      id: 'id',
      url: 'tiktok_url',
      authorHandle: 'author',
      authorName: 'author_full',
      authorFollowers: 'author_followers',
      createTime: 'unix_timestamp',
      description: 'body',
      musicTitle: 'music_name',
      musicId: 'music_id',
      musicAuthor: 'music_author',
      hashtags: 'hashtags',
      views: 'plays',
      likes: 'likes',
      isAd: 'is_ad',
      region: 'location_created',
    });
  });

  it('recognises the shorter 23-column 4CAT-like header', () => {
    const d = detectCsvFormat(
      split('id,thread_id,author,author_full,author_id,author_followers,body,timestamp,is_duet,music_name,music_id,music_url,video_url,tiktok_url,thumbnail_url,likes,comments,shares,plays,hashtags,stickers,warning,unix_timestamp'),
    );
    expect(d.format).toBe('4cat-csv');
    expect(d.mapping.authorId).toBe('author_id');
    expect(d.mapping.createTime).toBe('unix_timestamp');
  });

  it('recognises Research API CSVs, with the API’s and traktok’s column names', () => {
    const api = detectCsvFormat(
      split('id,username,create_time,video_description,music_id,hashtag_names,view_count,like_count,comment_count,share_count,region_code,favorites_count,video_duration,video_mention_list,voice_to_text'),
    );
    expect(api.format).toBe('research-api-csv');
    expect(api.mapping).toMatchObject({ id: 'id', authorHandle: 'username', saves: 'favorites_count', mentions: 'video_mention_list', duration: 'video_duration', region: 'region_code' });
    const traktok = detectCsvFormat(
      split('video_id,author_name,view_count,comment_count,share_count,like_count,region_code,create_time,effect_ids,music_id,video_description,hashtag_names,voice_to_text'),
    );
    expect(traktok.format).toBe('research-api-csv');
    expect(traktok.mapping).toMatchObject({ id: 'video_id', authorHandle: 'author_name', hashtags: 'hashtag_names' });
  });

  it('recognises the GESIS dataset (no author column)', () => {
    const d = detectCsvFormat(
      split('V1_coder,V2_video_link,V3_news_outlet,V11_general_topic,M1_video_id,M2_music_id,M3_create_time,M4_like_count,M5_view_count,M6_comment_count,M7_share_count,M8_hashtags'),
    );
    expect(d.format).toBe('gesis-csv');
    expect(d.mapping).toEqual({
      id: 'M1_video_id',
      url: 'V2_video_link',
      musicId: 'M2_music_id',
      createTime: 'M3_create_time',
      likes: 'M4_like_count',
      views: 'M5_view_count',
      comments: 'M6_comment_count',
      shares: 'M7_share_count',
      hashtags: 'M8_hashtags',
    });
  });

  it('recognises Apify exports, spreadsheet-trimmed and slash-flattened', () => {
    const sheet = detectCsvFormat(split('ID,createTimeISO,commentCount,diggCount,playCount,shareCount,text,webVideoUrl,Split,Video Name,Risky Behavior'));
    expect(sheet.format).toBe('apify-csv');
    expect(sheet.mapping).toEqual({
      id: 'ID',
      url: 'webVideoUrl',
      createTime: 'createTimeISO',
      description: 'text',
      views: 'playCount',
      likes: 'diggCount',
      comments: 'commentCount',
      shares: 'shareCount',
    });
    const full = detectCsvFormat(
      split('authorMeta/avatar,authorMeta/fans,authorMeta/name,authorMeta/nickName,commentCount,createTime,diggCount,hashtags/0/name,hashtags/1/name,id,musicMeta/musicName,playCount,shareCount,text,videoMeta/duration'),
    );
    expect(full.format).toBe('apify-csv');
    expect(full.mapping).toMatchObject({ authorHandle: 'authorMeta/name', authorFollowers: 'authorMeta/fans', hashtags: 'hashtags/0/name', createTime: 'createTime', duration: 'videoMeta/duration' });
  });

  it('recognises the flattened Zeeschuimer CSV: author is a display name', () => {
    const d = detectCsvFormat(split('index,id,url,description,author,author_followers,digg_count,share_count,comment_count,play_count,search_url'));
    expect(d.format).toBe('zeeschuimer-csv');
    expect(d.mapping.authorName).toBe('author');
    expect(d.mapping.authorHandle).toBeUndefined();
    expect(d.mapping.url).toBe('url');
  });

  it('recognises a flattened tiktok-scraper CSV', () => {
    const d = detectCsvFormat(
      split('id,text,createTime,authorMeta.id,authorMeta.secUid,authorMeta.name,authorMeta.nickName,musicMeta.musicId,musicMeta.musicName,musicMeta.musicAuthor,webVideoUrl,videoMeta.duration,diggCount,shareCount,playCount,commentCount,mentions,hashtags'),
    );
    expect(d.format).toBe('tiktok-scraper-csv');
    expect(d.mapping).toMatchObject({ authorHandle: 'authorMeta.name', authorName: 'authorMeta.nickName', musicId: 'musicMeta.musicId', mentions: 'mentions', likes: 'diggCount' });
  });

  it('falls back to a generic mapping by column-name synonyms', () => {
    const d = detectCsvFormat(['Video ID', 'Username', 'Posted At', 'Caption', 'Likes', 'Views', 'Notes']);
    expect(d.format).toBe('generic-csv');
    expect(d.mapping).toEqual({
      id: 'Video ID',
      authorHandle: 'Username',
      createTime: 'Posted At',
      description: 'Caption',
      likes: 'Likes',
      views: 'Views',
    });
    expect(d.reason).toContain('Video ID → id');
  });

  it('maps pyktok’s prefixed columns generically', () => {
    const d = detectCsvFormat(
      split('video_id,video_timestamp,video_length,video_title,video_locationcreated,video_diggcount,video_sharecount,video_commentcount,video_playcount,video_description,video_is_ad,author_username,author_name,author_followercount'),
    );
    expect(d.format).toBe('generic-csv');
    expect(d.mapping).toMatchObject({
      id: 'video_id',
      createTime: 'video_timestamp',
      duration: 'video_length',
      region: 'video_locationcreated',
      likes: 'video_diggcount',
      shares: 'video_sharecount',
      comments: 'video_commentcount',
      views: 'video_playcount',
      description: 'video_description',
      isAd: 'video_is_ad',
      authorHandle: 'author_username',
      authorName: 'author_name',
      authorFollowers: 'author_followercount',
    });
  });

  it('says so when nothing is recognisable', () => {
    const d = detectCsvFormat(['a', 'b']);
    expect(d.format).toBe('generic-csv');
    expect(d.mapping).toEqual({});
    expect(d.reason).toMatch(/map the columns by hand/);
  });
});

const envelope: JsonValue = { id: 136, item_id: '7288995634328177926', timestamp_collected: 1697108706245, source_platform: 'tiktok.com', data: { id: '7288995634328177926', desc: '#a' } };
const researchVideo: JsonValue = { id: '7320768196569599275', username: 's.clovis', create_time: 1704499196, view_count: 4 };
const researchPage: JsonValue = { data: { videos: [researchVideo], cursor: 100, has_more: true }, error: { code: 'ok' } };
const scraperItem: JsonValue = { id: '6898699405898059010', text: 'x', createTime: 1606228625, authorMeta: { name: 'a' }, diggCount: 1 };
const webItem: JsonValue = { id: '7288995634328177926', desc: 'x', createTime: 1697101549, author: { uniqueId: 'a' }, stats: { playCount: 1 } };

describe('detectJsonFormat', () => {
  it('recognises Zeeschuimer NDJSON by its envelope', () => {
    const d = detectJsonFormat({ container: 'ndjson', records: [envelope, envelope] });
    expect(d.format).toBe('zeeschuimer-ndjson');
    expect(d.reason).toMatch(/item_id.*in 2 of 2 sampled lines/);
  });

  it('recognises Research API NDJSON of videos or of pages', () => {
    expect(detectJsonFormat({ container: 'ndjson', records: [researchVideo] }).format).toBe('research-api-ndjson');
    expect(detectJsonFormat({ container: 'ndjson', records: [researchPage] }).format).toBe('research-api-ndjson');
  });

  it('reads NDJSON of bare web items and of scraper items', () => {
    expect(detectJsonFormat({ container: 'ndjson', records: [webItem] }).format).toBe('tiktok-item-json');
    expect(detectJsonFormat({ container: 'ndjson', records: [scraperItem] }).format).toBe('tiktok-scraper-json');
  });

  it('recognises Research API documents: a page, pages, videos, one video', () => {
    expect(detectJsonFormat({ container: 'json', document: researchPage })).toEqual({
      format: 'research-api-json',
      reason: 'a Research API response page (data.videos)',
    });
    expect(detectJsonFormat({ container: 'json', document: [researchPage, researchPage] }).format).toBe('research-api-json');
    expect(detectJsonFormat({ container: 'json', document: [researchVideo] }).format).toBe('research-api-json');
    expect(detectJsonFormat({ container: 'json', document: researchVideo }).format).toBe('research-api-json');
  });

  it('recognises tiktok-scraper dumps and item arrays', () => {
    expect(detectJsonFormat({ container: 'json', document: { headers: {}, collector: [scraperItem], zip: 'trend' } }).format).toBe('tiktok-scraper-json');
    expect(detectJsonFormat({ container: 'json', document: [scraperItem] }).format).toBe('tiktok-scraper-json');
  });

  it('recognises single web items, arrays of them, and web API responses', () => {
    expect(detectJsonFormat({ container: 'json', document: webItem }).format).toBe('tiktok-item-json');
    expect(detectJsonFormat({ container: 'json', document: [webItem] }).format).toBe('tiktok-item-json');
    expect(detectJsonFormat({ container: 'json', document: { itemList: [webItem] } }).format).toBe('tiktok-item-json');
    expect(detectJsonFormat({ container: 'json', document: { itemInfo: { itemStruct: webItem } } }).format).toBe('tiktok-item-json');
  });

  it('reads a single pretty-printed Zeeschuimer record with the Zeeschuimer mapper', () => {
    expect(detectJsonFormat({ container: 'json', document: envelope }).format).toBe('zeeschuimer-ndjson');
  });

  it('names API error bodies and comment lists', () => {
    expect(detectJsonFormat({ container: 'json', document: { error: { code: 'invalid_params' } } }).reason).toMatch(/error response/);
    expect(detectJsonFormat({ container: 'json', document: { data: { comments: [] } } }).reason).toMatch(/comment list/);
  });

  it('admits a guess when nothing matches', () => {
    expect(detectJsonFormat({ container: 'json', document: { foo: 1 } }).reason).toMatch(/guess/);
    expect(detectJsonFormat({ container: 'ndjson', records: [] }).reason).toMatch(/guess/);
  });
});
