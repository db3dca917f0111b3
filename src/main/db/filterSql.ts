/**
 * Translates the shared PostFilter into one SQL condition over `posts AS p`. Every query that
 * honours "the same filter bar everywhere" (posts, analysis, networks) goes through here.
 */
import { ApiError } from '../../shared/api/result';
import type { PostFilter } from '../../shared/domain/filter';
import { normaliseHandle, normaliseTag } from '../../shared/domain/normalise';

export interface SqlCondition {
  /** A boolean SQL expression over alias `p`, '1' when the filter is empty. */
  sql: string;
  params: Array<string | number>;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a filter bound to unix seconds; date-only `to` bounds include the whole day. */
export function parseBound(value: string, side: 'from' | 'to'): number {
  const trimmed = value.trim();
  let ms: number;
  if (DATE_ONLY.test(trimmed)) {
    ms = Date.parse(`${trimmed}T00:00:00Z`);
    if (side === 'to' && !Number.isNaN(ms)) ms += 86_400_000 - 1000;
  } else {
    ms = Date.parse(trimmed);
  }
  if (Number.isNaN(ms)) {
    throw new ApiError('VALIDATION', `"${value}" is not a date. Use YYYY-MM-DD or an ISO 8601 timestamp.`);
  }
  return Math.floor(ms / 1000);
}

/** `?, ?, ?` — or `NULL` for an empty list, so `x IN (NULL)` matches nothing instead of failing. */
function placeholders(n: number): string {
  return n === 0 ? 'NULL' : new Array(n).fill('?').join(', ');
}

/** Case folding for caption search, the same in SQL (registered as fold_text) and for the query. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export function filterToSql(filter: PostFilter | undefined): SqlCondition {
  const parts: string[] = [];
  const params: Array<string | number> = [];
  if (!filter) return { sql: '1', params };

  if (filter.datasetIds?.length) {
    parts.push(`p.pk IN (SELECT post_pk FROM post_sources WHERE dataset_id IN (${placeholders(filter.datasetIds.length)}))`);
    params.push(...filter.datasetIds);
  }
  if (filter.from) {
    parts.push('p.create_time >= ?');
    params.push(parseBound(filter.from, 'from'));
  }
  if (filter.to) {
    parts.push('p.create_time <= ?');
    params.push(parseBound(filter.to, 'to'));
  }
  if (filter.authors?.length) {
    const keys = filter.authors.map((a) => (a.startsWith('id:') ? a : normaliseHandle(a))).filter(Boolean);
    parts.push(`p.account_id IN (SELECT id FROM accounts WHERE key IN (${placeholders(keys.length)}))`);
    params.push(...keys);
  }
  if (filter.hashtags?.length) {
    const tags = filter.hashtags.map(normaliseTag).filter(Boolean);
    parts.push(
      `p.pk IN (SELECT ph.post_pk FROM post_hashtags ph JOIN hashtags h ON h.id = ph.hashtag_id WHERE h.tag IN (${placeholders(tags.length)}))`,
    );
    params.push(...tags);
  }
  if (filter.sounds?.length) {
    parts.push(`p.sound_id IN (SELECT id FROM sounds WHERE music_id IN (${placeholders(filter.sounds.length)}))`);
    params.push(...filter.sounds.map((s) => s.trim()));
  }
  if (filter.text?.trim()) {
    // SQL's LIKE folds ASCII letters only; fold_text folds every script (Ü/ü, İ, Σ/σ…).
    parts.push(`p.pk IN (SELECT pk FROM post_text WHERE instr(fold_text(description), ?) > 0)`);
    params.push(foldText(filter.text.trim()));
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}
