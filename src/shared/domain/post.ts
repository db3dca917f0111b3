/**
 * The normalised shape of one TikTok post, as every importer produces it and every
 * reader consumes it. IDs are strings end to end: TikTok IDs exceed 2^53.
 */

/** Count fields that can be flagged approximate (abbreviated "12.3K" or display-rounded). */
export const COUNT_FIELDS = ['views', 'likes', 'comments', 'shares', 'saves', 'followers'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Bit assigned to each count field in the `approx` bitmask stored with a post. */
export const APPROX_BIT: Record<CountField, number> = {
  views: 1,
  likes: 2,
  comments: 4,
  shares: 8,
  saves: 16,
  followers: 32,
};

export function approxMaskToFields(mask: number): CountField[] {
  return COUNT_FIELDS.filter((f) => (mask & APPROX_BIT[f]) !== 0);
}

export function approxFieldsToMask(fields: Iterable<CountField>): number {
  let mask = 0;
  for (const f of fields) mask |= APPROX_BIT[f];
  return mask;
}

/** Post-level quality flags (bitmask). */
export const POST_FLAG = {
  /** create time differs from the time encoded in the video ID (id >> 32) by more than a day. */
  timeMismatch: 1,
  /** the ID came from a fallback source (e.g. the video URL) because the ID column was unusable. */
  idFromUrl: 2,
} as const;

/** One post as produced by a format mapper, before it touches the database. */
export interface NormalisedPost {
  id: string;
  authorHandle: string | null;
  authorId: string | null;
  authorName: string | null;
  authorFollowers: number | null;
  /** Unix seconds, UTC. */
  createTime: number | null;
  /** The timestamp exactly as it appeared in the source. */
  createTimeOriginal: string | null;
  description: string | null;
  musicId: string | null;
  musicTitle: string | null;
  musicAuthor: string | null;
  /** Normalised (NFC + lower-case, no '#'), de-duplicated, in first-seen order. */
  hashtags: string[];
  /** Original spelling for each normalised hashtag (first seen). */
  hashtagDisplay: Record<string, string>;
  /** Normalised handles (NFC + lower-case, no '@'), de-duplicated. */
  mentions: string[];
  region: string | null;
  durationSeconds: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  isAd: boolean | null;
  url: string | null;
  /** Count fields whose value was abbreviated or display-rounded. */
  approximate: CountField[];
  /** POST_FLAG bits. */
  flags: number;
}

/** A post as the API returns it to the UI and the CLI. */
export interface PostRow {
  id: string;
  authorHandle: string | null;
  authorId: string | null;
  authorName: string | null;
  authorFollowers: number | null;
  /** ISO 8601 UTC, or null when the source had no usable time. */
  createTime: string | null;
  description: string | null;
  musicId: string | null;
  musicTitle: string | null;
  hashtags: string[];
  mentions: string[];
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  approximate: CountField[];
  datasets: number[];
  timeMismatch: boolean;
}

export interface PostSourceRecord {
  datasetId: number;
  datasetLabel: string;
  line: number | null;
  change: 'inserted' | 'updated' | 'unchanged';
  /** The original record as JSON text: the source's own JSON for JSON sources, a header → value object for CSV. */
  raw: string;
  /** Values this import replaced, when it changed the post. */
  previous: Record<string, unknown> | null;
}

export interface PostDetail extends PostRow {
  region: string | null;
  durationSeconds: number | null;
  isAd: boolean | null;
  url: string | null;
  musicAuthor: string | null;
  createTimeOriginal: string | null;
  sources: PostSourceRecord[];
}
