/**
 * The one place where raw field values become a NormalisedPost. Every format (CSV presets, the
 * JSON shapes) first picks its raw values into a RawRecord, then calls buildPost, so the value
 * rules — IDs, counts, times, hashtags, mentions, flags and stats — are identical everywhere.
 */
import { POST_FLAG, type CountField, type NormalisedPost } from '../../../../shared/domain/post';
import { parseBoolean } from '../normalise/booleans';
import { isAbbreviatedCount, isDisplayRounded, parseCount } from '../normalise/counts';
import { parseDuration } from '../normalise/duration';
import { collectHashtags } from '../normalise/hashtags';
import { handleFromUrl, parseId, parseOptionalId, timeFromId, videoIdFromUrl } from '../normalise/ids';
import { collectMentions, structuredMentions } from '../normalise/mentions';
import { parseRegion } from '../normalise/region';
import { cleanText, cleanToken } from '../normalise/text';
import { parseTimestamp } from '../normalise/timestamps';
import type { MapStats } from './mapStats';

/**
 * Raw values picked from one record. `undefined` means the format or mapping does not provide the
 * field at all; `null` / '' mean it provides the field but this record has no value — for counts
 * only the latter is tallied as missing. For `mentions`, any value other than undefined (even an
 * empty list) is authoritative and stops the caption scan.
 */
export interface RawRecord {
  id: unknown;
  url: unknown;
  authorHandle: unknown;
  authorId: unknown;
  authorName: unknown;
  followers: unknown;
  createTime: unknown;
  description: unknown;
  musicId: unknown;
  musicTitle: unknown;
  musicAuthor: unknown;
  hashtags: unknown;
  mentions: unknown;
  region: unknown;
  duration: unknown;
  views: unknown;
  likes: unknown;
  comments: unknown;
  shares: unknown;
  saves: unknown;
  isAd: unknown;
}

export function emptyRawRecord(): RawRecord {
  return {
    id: undefined,
    url: undefined,
    authorHandle: undefined,
    authorId: undefined,
    authorName: undefined,
    followers: undefined,
    createTime: undefined,
    description: undefined,
    musicId: undefined,
    musicTitle: undefined,
    musicAuthor: undefined,
    hashtags: undefined,
    mentions: undefined,
    region: undefined,
    duration: undefined,
    views: undefined,
    likes: undefined,
    comments: undefined,
    shares: undefined,
    saves: undefined,
    isAd: undefined,
  };
}

export type MapOutcome = { post: NormalisedPost } | { error: string };

export interface BuildEnv {
  timezone: string;
  stats: MapStats;
  /** The format's counts come from TikTok's web display, rounded to 3 significant digits. */
  displayRounded: boolean;
}

/** Creation time and the time in the ID may differ this much before the post is flagged. */
const TIME_MISMATCH_SECONDS = 3600;
const NO_ID: MapOutcome = { error: 'no post ID' };
// Scratch list reused across records; collectMentions copies what it keeps.
const mentionScratch: string[] = [];

function needsAbbreviationCheck(raw: string): boolean {
  // Abbreviations ("12.3K") and exponents ("1,2E+06") always contain a letter; digits and
  // separators are all below 'A'. Saves a regex per count on plain numbers.
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > 64) return true;
  return false;
}

function readCount(raw: unknown, field: CountField, env: BuildEnv, approximate: CountField[]): number | null {
  if (raw === undefined) return null;
  const n = parseCount(raw);
  if (n === null) {
    const missing = env.stats.missingCounts;
    missing[field] = (missing[field] ?? 0) + 1;
    return null;
  }
  if (
    (env.displayRounded && isDisplayRounded(n)) ||
    (typeof raw === 'string' && needsAbbreviationCheck(raw) && isAbbreviatedCount(raw))
  ) {
    approximate.push(field);
  }
  return n;
}

function stripAt(handle: string | null): string | null {
  if (handle === null) return null;
  const c = handle.charCodeAt(0);
  if (c !== 64 && c !== 0xff20) return handle;
  const s = handle.replace(/^[@\uFF20]+/, '');
  return s.length > 0 ? s : null;
}

function originalTime(raw: unknown): string | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  return cleanToken(raw);
}

export function buildPost(r: RawRecord, env: BuildEnv): MapOutcome {
  const stats = env.stats;
  const url = cleanToken(r.url);
  let flags = 0;
  let id: string;
  const parsedId = parseId(r.id);
  if (parsedId.kind === 'ok') {
    id = parsedId.id;
  } else {
    // The URL is the only other reliable carrier of the ID (Apify sheets: "7,25E+18").
    const fromUrl = url === null ? null : videoIdFromUrl(url);
    if (fromUrl === null) {
      if (parsedId.kind === 'empty') return NO_ID;
      return {
        error: parsedId.mangled
          ? `video ID is not a full number (spreadsheet-mangled?): ${parsedId.text}`
          : `video ID is not a number: ${parsedId.text}`,
      };
    }
    id = fromUrl;
    flags |= POST_FLAG.idFromUrl;
    stats.idsFromUrl++;
  }

  const time = parseTimestamp(r.createTime, env.timezone);
  let createTime: number | null = null;
  if (time.kind === 'ok') {
    createTime = time.seconds;
    if (time.zoneAssumed) stats.zoneAssumed++;
    const idTime = timeFromId(id);
    if (idTime !== null && Math.abs(idTime - createTime) > TIME_MISMATCH_SECONDS) {
      flags |= POST_FLAG.timeMismatch;
      stats.timeMismatches++;
    }
  } else if (time.kind === 'unparsed') {
    stats.unparsedTimes++;
  }

  const description = cleanText(r.description);

  const tags = collectHashtags(description, r.hashtags);

  let structuredHandles: string[] | null = null;
  if (r.mentions !== undefined) {
    mentionScratch.length = 0;
    structuredMentions(r.mentions, mentionScratch);
    structuredHandles = mentionScratch;
  }
  const mentions = collectMentions(description, structuredHandles);

  let authorHandle = stripAt(cleanToken(r.authorHandle));
  if (authorHandle === null && url !== null) authorHandle = handleFromUrl(url);

  const approximate: CountField[] = [];
  const views = readCount(r.views, 'views', env, approximate);
  const likes = readCount(r.likes, 'likes', env, approximate);
  const comments = readCount(r.comments, 'comments', env, approximate);
  const shares = readCount(r.shares, 'shares', env, approximate);
  const saves = readCount(r.saves, 'saves', env, approximate);
  const authorFollowers = readCount(r.followers, 'followers', env, approximate);
  if (approximate.length > 0) stats.approximateCounts++;

  return {
    post: {
      id,
      authorHandle,
      authorId: cleanToken(r.authorId),
      authorName: cleanText(r.authorName),
      authorFollowers,
      createTime,
      createTimeOriginal: originalTime(r.createTime),
      description,
      musicId: parseOptionalId(r.musicId),
      musicTitle: cleanText(r.musicTitle),
      musicAuthor: cleanText(r.musicAuthor),
      hashtags: tags.hashtags,
      hashtagDisplay: tags.hashtagDisplay,
      mentions,
      region: parseRegion(r.region),
      durationSeconds: parseDuration(r.duration),
      views,
      likes,
      comments,
      shares,
      saves,
      isAd: parseBoolean(r.isAd),
      url,
      approximate,
      flags,
    },
  };
}
