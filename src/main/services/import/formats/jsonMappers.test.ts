import { describe, expect, it } from 'vitest';
import type { FormatId } from '../../../../shared/domain/import';
import { POST_FLAG, type NormalisedPost } from '../../../../shared/domain/post';
import type { JsonValue } from '../read/types';
import { compileJsonMapper } from './jsonMappers';
import { createMapStats } from './mapStats';
import type { MapOutcome } from './postBuilder';

function setup(format: FormatId, timezone = 'UTC') {
  const stats = createMapStats();
  return { map: compileJsonMapper(format, { format, timezone, stats }), stats };
}

function post(outcome: MapOutcome): NormalisedPost {
  if ('error' in outcome) throw new Error(`rejected: ${outcome.error}`);
  return outcome.post;
}

// A trimmed Zeeschuimer record in the shape of the real capture (values made up).
function zeeschuimerRecord(data: { [key: string]: JsonValue }): JsonValue {
  return {
    nav_index: '1:4:0',
    item_id: '7288995634328177926',
    timestamp_collected: 1697108706245,
    source_platform: 'tiktok.com',
    id: 136,
    data,
  };
}

const ITEM: { [key: string]: JsonValue } = {
  id: '7288995634328177926',
  desc: 'Balas @sodhosakti #Fosfor #bomba🔥 ',
  createTime: 1697101549,
  video: { duration: 277 },
  author: { id: '7158414720537232389', uniqueId: 'haberturktv', nickname: 'Habertürk TV' },
  music: { id: '7288995737794005765', title: 'orijinal ses', authorName: 'Habertürk TV', original: true },
  challenges: [{ id: '1403290', title: 'fosfor' }, { id: '2', title: 'gazze' }],
  stats: { diggCount: 59, shareCount: 0, commentCount: 3, playCount: 15300, collectCount: 9 },
  authorStats: { followerCount: 277400, heartCount: 3500000 },
  textExtra: [
    { start: 6, end: 17, hashtagName: '', type: 0, userUniqueId: 'ss_k310' },
    { start: 18, end: 25, hashtagName: 'fosfor', type: 1, userUniqueId: '' },
    { start: 26, end: 32, hashtagName: 'bomba', type: 1, userUniqueId: '' },
  ],
  isAd: false,
  locationCreated: 'tr',
};

describe('Zeeschuimer records', () => {
  it('maps the TikTok item inside the envelope', () => {
    const { map, stats } = setup('zeeschuimer-ndjson');
    const p = post(map(zeeschuimerRecord(ITEM)));
    expect({ ...p, hashtagDisplay: { ...p.hashtagDisplay } }).toEqual({
      id: '7288995634328177926',
      authorHandle: 'haberturktv',
      authorId: '7158414720537232389',
      authorName: 'Habertürk TV',
      authorFollowers: 277400,
      createTime: 1697101549,
      createTimeOriginal: '1697101549',
      description: 'Balas @sodhosakti #Fosfor #bomba🔥 ',
      musicId: '7288995737794005765',
      musicTitle: 'orijinal ses',
      musicAuthor: 'Habertürk TV',
      hashtags: ['fosfor', 'bomba', 'gazze'],
      hashtagDisplay: { fosfor: 'Fosfor', bomba: 'bomba', gazze: 'gazze' },
      // From textExtra, not from the caption's display name "@sodhosakti".
      mentions: ['ss_k310'],
      region: 'TR',
      durationSeconds: 277,
      views: 15300,
      likes: 59,
      comments: 3,
      shares: 0,
      saves: 9,
      isAd: false,
      url: null,
      approximate: ['views', 'followers'],
      flags: 0,
    });
    expect(stats).toEqual({ missingCounts: {}, approximateCounts: 1, zoneAssumed: 0, timeMismatches: 0, idsFromUrl: 0, unparsedTimes: 0 });
  });

  it('never takes the envelope’s row counter as the ID', () => {
    const { map } = setup('zeeschuimer-ndjson');
    const { id: _omit, ...withoutId } = ITEM;
    expect(post(map(zeeschuimerRecord(withoutId))).id).toBe('7288995634328177926');
    expect(map({ id: 136, nav_index: '1:1:1', data: { desc: 'x' } })).toEqual({ error: 'no post ID' });
  });

  it('copes with absent keys: no challenges, no textExtra, no stats', () => {
    const { map, stats } = setup('zeeschuimer-ndjson');
    const p = post(map(zeeschuimerRecord({ id: '7288995634328177926', desc: '#solo with @friend.one. ', createTime: 1697101549 })));
    expect(p.hashtags).toEqual(['solo']);
    // Without textExtra the caption is the only mention source.
    expect(p.mentions).toEqual(['friend.one']);
    expect([p.views, p.likes, p.comments, p.shares, p.saves, p.authorFollowers]).toEqual([null, null, null, null, null, null]);
    expect(stats.missingCounts).toEqual({ views: 1, likes: 1, comments: 1, shares: 1, saves: 1, followers: 1 });
  });

  it('reads statsV2 string counts and a string author', () => {
    const { map } = setup('tiktok-item-json');
    const p = post(
      map({ id: '7288995634328177926', desc: '', author: 'someone', nickname: 'Some One', authorId: '42', statsV2: { playCount: '12345', diggCount: '7' } }),
    );
    expect([p.authorHandle, p.authorName, p.authorId]).toEqual(['someone', 'Some One', '42']);
    expect([p.views, p.likes]).toEqual([12345, 7]);
  });

  it('flags the time mismatch of the capture’s one odd item', () => {
    const { map, stats } = setup('zeeschuimer-ndjson');
    // id >> 32 = 1687846588; createTime says 1688184000 (≈ 94 h later).
    const p = post(map(zeeschuimerRecord({ ...ITEM, id: '7249245896603356424', createTime: 1688184000 })));
    expect(p.flags).toBe(POST_FLAG.timeMismatch);
    expect(stats.timeMismatches).toBe(1);
  });

  it('rejects other platforms, live streams and comments with a reason', () => {
    const { map } = setup('zeeschuimer-ndjson');
    expect(map({ item_id: '1', source_platform: 'instagram.com', data: { id: '1' } })).toEqual({
      error: 'not a TikTok record (source_platform "instagram.com")',
    });
    expect(map(zeeschuimerRecord({ id: '1', desc: '', liveRoomInfo: { title: 'live' } }))).toEqual({ error: 'a live stream, not a video post' });
    expect(map(zeeschuimerRecord({ cid: '1', text: 'nice' }))).toEqual({ error: 'a comment, not a video post' });
    expect(map([1, 2])).toEqual({ error: 'record is not a JSON object' });
  });
});

describe('Research API videos', () => {
  it('maps a real-shaped video; a missing like_count is missing, not 0', () => {
    const { map, stats } = setup('research-api-json');
    const p = post(
      map({
        create_time: 1704499189,
        hashtag_names: ['catfishing'],
        share_count: 0,
        video_description: '#catfishing ',
        view_count: 0,
        comment_count: 0,
        music_id: '7313131197683501854',
        region_code: 'US',
        username: 'illyonz',
        id: '7320768149928955182',
      }),
    );
    expect(p).toMatchObject({
      id: '7320768149928955182',
      authorHandle: 'illyonz',
      createTime: 1704499189,
      musicId: '7313131197683501854',
      hashtags: ['catfishing'],
      region: 'US',
      views: 0,
      likes: null,
      comments: 0,
      shares: 0,
      saves: null,
      approximate: [],
      flags: 0,
    });
    expect(stats.missingCounts).toEqual({ likes: 1 });
  });

  it('accepts video_id, safe-number IDs, favourites, durations and mention lists', () => {
    const { map, stats } = setup('research-api-ndjson');
    const p = post(
      map({
        video_id: 702874395068494,
        username: 'joe\u0000\u0000',
        video_description: 'with @caption_only',
        favourites_count: 5,
        video_duration: 31,
        video_mention_list: ['@Friend_A', 'friend_b'],
        is_stem_verified: false,
      }),
    );
    expect(p).toMatchObject({
      id: '702874395068494',
      authorHandle: 'joe',
      saves: 5,
      durationSeconds: 31,
      mentions: ['friend_a', 'friend_b'],
    });
    // view/like/comment/share were not in the record: missing.
    expect(stats.missingCounts).toEqual({ views: 1, likes: 1, comments: 1, shares: 1 });
  });

  it('scans the caption for mentions when video_mention_list was not requested', () => {
    const { map } = setup('research-api-json');
    expect(post(map({ id: '7320768196569599275', video_description: '#duet with @MarvelKitties2022 #cats ' })).mentions).toEqual(['marvelkitties2022']);
  });

  it('explains pages, comment lists and error bodies instead of mapping them', () => {
    const { map } = setup('research-api-json');
    expect(map({ data: { videos: [] } })).toEqual({ error: 'a whole Research API response page, not a video (its data.videos are the records)' });
    expect(map({ data: { comments: [] } })).toEqual({ error: 'a Research API comment list: comments are not posts' });
    expect(map({ error: { code: 'invalid_params', message: 'Invalid count or cursor' } })).toEqual({
      error: 'a Research API error response (invalid_params: Invalid count or cursor), not a video',
    });
  });
});

describe('tiktok-scraper items', () => {
  const ITEM_SCRAPER: JsonValue = {
    id: '6898699405898059010',
    text: 'Iphone bend test🤗 #tiktok #viral #fyp @dwight_schnuute',
    createTime: 1606228625,
    authorMeta: { id: '1', name: 'jackeyephone', nickName: 'Jackey' },
    musicMeta: { musicId: '6881287666340481026', musicName: 'Pilfingerdansen - Remix', musicAuthor: 'Sigurd Barrett' },
    webVideoUrl: 'https://www.tiktok.com/@jackeyephone/video/6898699405898059010',
    videoMeta: { height: 1024, width: 576, duration: 15 },
    diggCount: 936200,
    shareCount: 21100,
    playCount: 15300000,
    commentCount: 27100,
    mentions: ['@dwight_schnuute'],
    hashtags: [
      { id: '23428', name: 'tiktok', title: '' },
      { id: '1', name: 'viral', title: 'a long\nchallenge text' },
      { id: '2', name: 'fyp', title: '' },
      { id: '3', name: 'iphone', title: '' },
    ],
  };

  it('maps an item; all four counts are display-rounded', () => {
    const { map, stats } = setup('tiktok-scraper-json');
    const p = post(map(ITEM_SCRAPER));
    expect(p).toMatchObject({
      id: '6898699405898059010',
      authorHandle: 'jackeyephone',
      authorId: '1',
      authorName: 'Jackey',
      createTime: 1606228625,
      musicId: '6881287666340481026',
      musicTitle: 'Pilfingerdansen - Remix',
      musicAuthor: 'Sigurd Barrett',
      url: 'https://www.tiktok.com/@jackeyephone/video/6898699405898059010',
      durationSeconds: 15,
      hashtags: ['tiktok', 'viral', 'fyp', 'iphone'],
      mentions: ['dwight_schnuute'],
      views: 15_300_000,
      likes: 936_200,
      comments: 27_100,
      shares: 21_100,
      saves: null,
      authorFollowers: null,
      approximate: ['views', 'likes', 'comments', 'shares'],
    });
    // Saves and followers are not part of the format: not counted missing.
    expect(stats.missingCounts).toEqual({});
  });

  it('reads Apify-style items with createTimeISO', () => {
    const { map } = setup('tiktok-scraper-json');
    const p = post(map({ id: '7252455790680771845', createTimeISO: '2023-07-05T21:52:34.000Z', text: '', authorMeta: { name: 'a', fans: 1200 } }));
    expect(p.createTime).toBe(1688593954);
    expect(p.authorFollowers).toBe(1200);
  });

  it('refuses CSV formats', () => {
    expect(() => setup('common-csv')).toThrow(/CSV format/);
  });
});
