import { describe, expect, it } from 'vitest';
import type { ColumnMapping, FormatId } from '../../../../shared/domain/import';
import { POST_FLAG, type NormalisedPost } from '../../../../shared/domain/post';
import { presetMapping } from './columnMapping';
import { compileCsvMapper } from './csvMapper';
import { createMapStats } from './mapStats';
import type { MapOutcome } from './postBuilder';

function setup(format: FormatId, header: string[], options: { mapping?: ColumnMapping; timezone?: string } = {}) {
  const stats = createMapStats();
  const map = compileCsvMapper(header, options.mapping ?? presetMapping(format, header), {
    format,
    timezone: options.timezone ?? 'UTC',
    stats,
  });
  return { map, stats };
}

function post(outcome: MapOutcome): NormalisedPost {
  if ('error' in outcome) throw new Error(`rejected: ${outcome.error}`);
  return outcome.post;
}

const COMMON = 'video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count'.split(',');

describe('compileCsvMapper: common schema', () => {
  it('maps a full row', () => {
    const { map, stats } = setup('common-csv', COMMON);
    const p = post(
      map([
        '7290640649106477574',
        'user12602',
        '2023-10-16T19:29:14Z',
        'wait day #trending #Ramoodvibe3n @user8303 ok',
        '7531237188202876880',
        'trending,ramoodvibe3n,neglow1q7',
        '34372',
        '1313',
        '11',
        '53',
      ]),
    );
    expect({ ...p, hashtagDisplay: { ...p.hashtagDisplay } }).toEqual({
      id: '7290640649106477574',
      authorHandle: 'user12602',
      authorId: 'user12602',
      authorName: null,
      authorFollowers: null,
      createTime: 1697484554,
      createTimeOriginal: '2023-10-16T19:29:14Z',
      description: 'wait day #trending #Ramoodvibe3n @user8303 ok',
      musicId: '7531237188202876880',
      musicTitle: null,
      musicAuthor: null,
      hashtags: ['trending', 'ramoodvibe3n', 'neglow1q7'],
      hashtagDisplay: { trending: 'trending', ramoodvibe3n: 'Ramoodvibe3n', neglow1q7: 'neglow1q7' },
      mentions: ['user8303'],
      region: null,
      durationSeconds: null,
      views: 34372,
      likes: 1313,
      comments: 11,
      shares: 53,
      saves: null,
      isAd: null,
      url: null,
      approximate: [],
      flags: 0,
    });
    expect(stats).toEqual({ missingCounts: {}, approximateCounts: 0, zoneAssumed: 0, timeMismatches: 0, idsFromUrl: 0, unparsedTimes: 0 });
  });

  it('stores missing counts as null and tallies them, never 0', () => {
    const { map, stats } = setup('common-csv', COMMON);
    const p = post(map(['7290640649106477574', 'u', '', '', '', '', '', 'N/A', 'lots', '0']));
    expect([p.views, p.likes, p.comments, p.shares]).toEqual([null, null, null, 0]);
    expect(stats.missingCounts).toEqual({ views: 1, likes: 1, comments: 1 });
    // saves and followers are not mapped: not missing, just absent.
    expect(p.saves).toBeNull();
    expect(p.authorFollowers).toBeNull();
  });

  it('treats the cells of a short row as empty', () => {
    const { map, stats } = setup('common-csv', COMMON);
    const p = post(map(['7290640649106477574', 'u']));
    expect(p.views).toBeNull();
    expect(stats.missingCounts).toEqual({ views: 1, likes: 1, comments: 1, shares: 1 });
  });

  it('flags abbreviated counts approximate, once per post in the stats', () => {
    const { map, stats } = setup('common-csv', COMMON);
    const p = post(map(['7290640649106477574', 'u', '', '', '', '', '1.2M', '12.3K', '15300', '1,234']));
    expect([p.views, p.likes, p.comments, p.shares]).toEqual([1_200_000, 12_300, 15_300, 1234]);
    // 15300 is not flagged: common-schema counts are not TikTok display values.
    expect(p.approximate).toEqual(['views', 'likes']);
    expect(stats.approximateCounts).toBe(1);
  });

  it('reads float-formatted counts ("38.0")', () => {
    const { map } = setup('common-csv', COMMON);
    expect(post(map(['7290640649106477574', 'u', '', '', '', '', '680.0', '38.0', '1', '3'])).likes).toBe(38);
  });

  it('strips NUL and other controls from every text', () => {
    const { map } = setup('common-csv', COMMON);
    const p = post(map(['7290640649106477574', 'user\u0000\u00001', '', 'hi\u0007 #tag\u0000x', '', '', '1', '1', '1', '1']));
    expect(p.authorHandle).toBe('user1');
    expect(p.description).toBe('hi #tagx');
    expect(p.hashtags).toEqual(['tagx']);
  });
});

describe('compileCsvMapper: IDs', () => {
  const APIFY = 'ID,createTimeISO,commentCount,diggCount,playCount,shareCount,text,webVideoUrl'.split(',');

  it('recovers a spreadsheet-mangled ID from the URL, with the handle', () => {
    const { map, stats } = setup('apify-csv', APIFY);
    const p = post(
      map(['7,25E+18', '2023-07-05T21:52:34.000Z', '421700', '2300000', '35900000', '708600', 'Did you know', 'https://www.tiktok.com/@alwayscuriouss/video/7252455790680771845']),
    );
    expect(p.id).toBe('7252455790680771845');
    expect(p.authorHandle).toBe('alwayscuriouss');
    expect(p.flags & POST_FLAG.idFromUrl).toBe(POST_FLAG.idFromUrl);
    expect(stats.idsFromUrl).toBe(1);
    // id >> 32 = 1688593949, createTimeISO = 1688593954: 5 s apart is not a mismatch.
    expect(p.createTime).toBe(1688593954);
    expect(p.flags & POST_FLAG.timeMismatch).toBe(0);
    // Apify counts are TikTok display values: all four are ≥ 10,000 multiples of 100.
    expect(p.approximate).toEqual(['views', 'likes', 'comments', 'shares']);
  });

  it('keeps a full ID even when the URL is there', () => {
    const { map, stats } = setup('apify-csv', APIFY);
    const p = post(map(['7360995121963273505', '', '728', '', '', '', '', 'https://www.tiktok.com/@eybmk/video/7360995121963273505']));
    expect(p.id).toBe('7360995121963273505');
    expect(p.flags).toBe(0);
    expect(stats.idsFromUrl).toBe(0);
  });

  it('rejects a mangled ID without a URL, quoting the value', () => {
    const { map } = setup('apify-csv', APIFY);
    expect(map(['7,25E+18', '', '', '', '', '', '', ''])).toEqual({
      error: 'video ID is not a full number (spreadsheet-mangled?): 7,25E+18',
    });
  });

  it('rejects rows without an ID', () => {
    const { map } = setup('common-csv', COMMON);
    expect(map(['', 'u'])).toEqual({ error: 'no post ID' });
    expect(map(['abc', 'u'])).toEqual({ error: 'video ID is not a number: abc' });
  });

  it('takes the ID from the URL when no ID column is mapped', () => {
    const { map, stats } = setup('generic-csv', ['url'], { mapping: { url: 'url' } });
    expect(post(map(['https://www.tiktok.com/@a/video/7252455790680771845'])).id).toBe('7252455790680771845');
    expect(stats.idsFromUrl).toBe(1);
  });
});

describe('compileCsvMapper: times', () => {
  const GESIS = 'V2_video_link,M1_video_id,M2_music_id,M3_create_time,M4_like_count,M5_view_count,M6_comment_count,M7_share_count,M8_hashtags'.split(',');
  const row = ['https://www.tiktok.com/share/video/7203375632661695749', '7203375632661695749', '7203375660541807365', '2023-02-16 15:36:28', '38.0', '680.0', '1', '3', "['tagi', 'steuern', 'tagesanzeiger']"];

  it('reads GESIS: zone-less time in UTC, 7 days off the ID → time mismatch', () => {
    const { map, stats } = setup('gesis-csv', GESIS);
    const p = post(map(row));
    expect(p.createTime).toBe(1676561788);
    expect(p.createTimeOriginal).toBe('2023-02-16 15:36:28');
    expect(p.flags).toBe(POST_FLAG.timeMismatch);
    expect(p.hashtags).toEqual(['tagi', 'steuern', 'tagesanzeiger']);
    expect([p.likes, p.views, p.comments, p.shares]).toEqual([38, 680, 1, 3]);
    expect(p.musicId).toBe('7203375660541807365');
    expect(p.authorHandle).toBeNull();
    expect(p.url).toBe('https://www.tiktok.com/share/video/7203375632661695749');
    expect(stats).toMatchObject({ zoneAssumed: 1, timeMismatches: 1 });
  });

  it('reads zone-less times in the chosen zone', () => {
    const { map } = setup('gesis-csv', GESIS, { timezone: 'Europe/Berlin' });
    // 15:36:28 CET = 14:36:28Z.
    expect(post(map(row)).createTime).toBe(1676561788 - 3600);
  });

  it('does not flag a time within an hour of the ID time', () => {
    const { map, stats } = setup('gesis-csv', GESIS);
    // id >> 32 = 1677166585; 1677166585 + 3600 is still within the tolerance.
    expect(post(map([row[0]!, row[1]!, '', String(1677166585 + 3600)])).flags).toBe(0);
    expect(post(map([row[0]!, row[1]!, '', String(1677166585 - 3601)])).flags).toBe(POST_FLAG.timeMismatch);
    expect(stats.timeMismatches).toBe(1);
  });

  it('imports posts with unreadable times, without a time', () => {
    const { map, stats } = setup('gesis-csv', GESIS);
    const p = post(map([row[0]!, row[1]!, '', 'sometime in February']));
    expect(p.createTime).toBeNull();
    expect(p.createTimeOriginal).toBe('sometime in February');
    expect(stats.unparsedTimes).toBe(1);
  });

  it('prefers 4CAT’s unix_timestamp over its timestamp text', () => {
    const header = 'id,thread_id,author,author_full,body,timestamp,unix_timestamp'.split(',');
    const { map, stats } = setup('4cat-csv', header, { timezone: 'America/New_York' });
    const p = post(map(['7288995634328177926', '7288995634328177926', 'haberturktv', 'Habertürk TV', 'x', '2023-10-12 09:05:49', '1697101549']));
    expect(p.createTime).toBe(1697101549);
    expect(stats.zoneAssumed).toBe(0);
  });

  it('refuses an unknown time zone up front', () => {
    expect(() => setup('common-csv', COMMON, { timezone: 'Nowhere/Else' })).toThrow(/Nowhere\/Else/);
  });
});

describe('compileCsvMapper: display-rounded formats and authors', () => {
  const ZEE = 'index,id,url,description,author,author_followers,digg_count,share_count,comment_count,play_count,search_url'.split(',');

  it('takes the Zeeschuimer CSV handle from the URL and the name from `author`', () => {
    const { map, stats } = setup('zeeschuimer-csv', ZEE);
    const p = post(
      map([
        '1',
        '7288710518670396678',
        'https://www.tiktok.com/@selmanayrilmaz1/video/7288710518670396678',
        "İsrail, Gazze'ye düzenlediği saldırılarda #fosforbombası kullandı #SONDAKİKA ",
        'Selman Ayrılmaz',
        '7029',
        '15800',
        '428',
        '762',
        '911300',
        'https://www.tiktok.com/search/video?q=fosfor',
      ]),
    );
    expect(p.authorHandle).toBe('selmanayrilmaz1');
    expect(p.authorName).toBe('Selman Ayrılmaz');
    expect(p.authorFollowers).toBe(7029);
    expect([p.likes, p.shares, p.comments, p.views]).toEqual([15800, 428, 762, 911300]);
    expect(p.approximate).toEqual(['views', 'likes']);
    expect(p.hashtags).toEqual(['fosforbombası', 'sondakika']);
    expect(stats.approximateCounts).toBe(1);
  });

  it('flags display-rounded followers as "followers"', () => {
    const { map } = setup('zeeschuimer-csv', ZEE);
    const p = post(map(['0', '7288995634328177926', 'https://www.tiktok.com/@haberturktv/video/7288995634328177926', '', 'Habertürk TV', '277400', '59', '0', '3', '3597', '']));
    expect(p.approximate).toEqual(['followers']);
  });

  it('gathers Apify’s numbered hashtag and mention columns', () => {
    const header = 'id,text,hashtags/0/name,hashtags/1/name,hashtags/2/name,mentions/0,mentions/1,authorMeta/name,isAd,locationCreated'.split(',');
    const { map } = setup('apify-csv', header);
    const p = post(map(['7252455790680771845', 'hi @captioned #Fyp', 'fyp', 'Cats', '', '@Bob', 'carol', 'alwayscuriouss', 'FALSE', 'us']));
    expect(p.hashtags).toEqual(['fyp', 'cats']);
    expect(p.hashtagDisplay.fyp).toBe('Fyp');
    // A mentions column is authoritative: the caption's @captioned is not added.
    expect(p.mentions).toEqual(['bob', 'carol']);
    expect(p.isAd).toBe(false);
    expect(p.region).toBe('US');
  });

  it('ignores mapped columns that the header does not have', () => {
    const { map } = setup('common-csv', COMMON, { mapping: { id: 'video_id', likes: 'no_such_column' } });
    const outcome = map(['7290640649106477574']);
    expect(post(outcome).likes).toBeNull();
  });
});
