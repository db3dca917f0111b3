/**
 * compileCsvMapper: a column mapping → a row function. Column positions are resolved once; the
 * returned function runs per row (millions of times), so it only indexes into the row and hands
 * the cells to the shared post builder.
 */
import type { ColumnMapping, MappableField } from '../../../../shared/domain/import';
import { assertTimeZone } from '../normalise/timezones';
import { findColumn } from './columnMapping';
import { DISPLAY_ROUNDED_FORMATS } from './labels';
import type { MapContext } from './mapStats';
import { buildPost, emptyRawRecord, type BuildEnv, type MapOutcome } from './postBuilder';

function columnIndex(header: readonly string[], mapping: ColumnMapping, field: MappableField): number {
  const column = mapping[field];
  if (column === undefined || column === '') return -1;
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const found = findColumn(header, column);
  return found === null ? -1 : header.indexOf(found);
}

/**
 * Apify flattens arrays into numbered columns ("hashtags/0/name", "hashtags/1/name", …). Mapping
 * any one of them means all of them: returns the indexes of every sibling column, in order.
 */
function indexedSiblings(header: readonly string[], index: number): number[] | null {
  if (index < 0) return null;
  const m = /^(.*?[/.])(\d+)((?:[/.].*)?)$/.exec(header[index]!);
  if (!m) return null;
  const [, prefix, , suffix] = m;
  const siblings: number[] = [];
  header.forEach((column, i) => {
    if (column.startsWith(prefix!) && column.endsWith(suffix!)) {
      const middle = column.slice(prefix!.length, column.length - suffix!.length);
      if (/^\d+$/.test(middle)) siblings.push(i);
    }
  });
  return siblings.length > 1 ? siblings : null;
}

function gather(values: string[], indexes: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of indexes) {
    const v = values[i];
    if (v !== undefined && v.length > 0) out.push(v);
  }
  return out;
}

export function compileCsvMapper(header: string[], mapping: ColumnMapping, ctx: MapContext): (values: string[]) => MapOutcome {
  // An unset zone means UTC; an unknown one is refused here, once, not per row.
  const timezone = ctx.timezone || 'UTC';
  assertTimeZone(timezone);
  const env: BuildEnv = { timezone, stats: ctx.stats, displayRounded: DISPLAY_ROUNDED_FORMATS.has(ctx.format) };
  const at = (field: MappableField): number => columnIndex(header, mapping, field);
  const iId = at('id');
  const iUrl = at('url');
  const iAuthorHandle = at('authorHandle');
  const iAuthorId = at('authorId');
  const iAuthorName = at('authorName');
  const iFollowers = at('authorFollowers');
  const iCreateTime = at('createTime');
  const iDescription = at('description');
  const iMusicId = at('musicId');
  const iMusicTitle = at('musicTitle');
  const iMusicAuthor = at('musicAuthor');
  const iHashtags = at('hashtags');
  const iMentions = at('mentions');
  const iRegion = at('region');
  const iDuration = at('duration');
  const iViews = at('views');
  const iLikes = at('likes');
  const iComments = at('comments');
  const iShares = at('shares');
  const iSaves = at('saves');
  const iIsAd = at('isAd');
  const hashtagColumns = indexedSiblings(header, iHashtags);
  const mentionColumns = indexedSiblings(header, iMentions);

  // One scratch record per mapper: buildPost reads it and keeps nothing.
  const r = emptyRawRecord();
  // A short row (fewer cells than the header) has empty values, not absent fields.
  const cell = (values: string[], i: number): string | undefined => (i < 0 ? undefined : (values[i] ?? ''));

  return (values) => {
    r.id = cell(values, iId);
    r.url = cell(values, iUrl);
    r.authorHandle = cell(values, iAuthorHandle);
    r.authorId = cell(values, iAuthorId);
    r.authorName = cell(values, iAuthorName);
    r.followers = cell(values, iFollowers);
    r.createTime = cell(values, iCreateTime);
    r.description = cell(values, iDescription);
    r.musicId = cell(values, iMusicId);
    r.musicTitle = cell(values, iMusicTitle);
    r.musicAuthor = cell(values, iMusicAuthor);
    r.hashtags = hashtagColumns ? gather(values, hashtagColumns) : cell(values, iHashtags);
    r.mentions = mentionColumns ? gather(values, mentionColumns) : cell(values, iMentions);
    r.region = cell(values, iRegion);
    r.duration = cell(values, iDuration);
    r.views = cell(values, iViews);
    r.likes = cell(values, iLikes);
    r.comments = cell(values, iComments);
    r.shares = cell(values, iShares);
    r.saves = cell(values, iSaves);
    r.isAd = cell(values, iIsAd);
    return buildPost(r, env);
  };
}
