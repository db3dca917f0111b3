/**
 * CSV, NDJSON or a single JSON document, from the first characters of the decoded text.
 *
 * `{` or `[` first → JSON. It is NDJSON when the first line alone parses as a complete JSON
 * object and the next non-empty line also starts with `{`; otherwise one document (a
 * pretty-printed object's first line is just `{`, a minified dump has no second line).
 * Anything else is delimited text.
 */
import type { Container } from '../../../../shared/domain/import';

export type ContainerGuess = { container: Exclude<Container, 'csv'>; reason: string } | { container: 'csv' } | 'need-more';

export const NDJSON_REASON = 'one JSON object per line';
export const JSON_REASON = 'a single JSON document';

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function isJsonObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * `complete` = `sample` is the whole file. Returns 'need-more' when the first line, or the start
 * of the second one, is not in the sample yet.
 */
export function classifyContainer(sample: string, complete: boolean): ContainerGuess {
  const start = skipWhitespace(sample, 0);
  if (start >= sample.length) return complete ? { container: 'csv' } : 'need-more';
  const first = sample.charCodeAt(start);
  if (first === 0x5b /* [ */) return { container: 'json', reason: JSON_REASON };
  if (first !== 0x7b /* { */) return { container: 'csv' };

  const lf = sample.indexOf('\n', start);
  const cr = sample.indexOf('\r', start);
  const eol = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
  if (eol === -1) return complete ? { container: 'json', reason: JSON_REASON } : 'need-more';
  if (!isJsonObject(sample.slice(start, eol))) return { container: 'json', reason: JSON_REASON };

  const next = skipWhitespace(sample, eol);
  if (next >= sample.length) return complete ? { container: 'json', reason: JSON_REASON } : 'need-more';
  return sample.charCodeAt(next) === 0x7b
    ? { container: 'ndjson', reason: NDJSON_REASON }
    : { container: 'json', reason: JSON_REASON };
}
