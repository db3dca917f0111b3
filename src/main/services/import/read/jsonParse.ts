/**
 * Lossless JSON parsing: an integer literal that is not a safe JS integer (|n| > 2^53 - 1, e.g. a
 * 19-digit TikTok id written as a bare number) becomes the exact digit string as written; every
 * other number becomes a JS number. `JSON.parse` alone would silently round the ids.
 *
 * The semantics are those of lossless-json with the number parser below. lossless-json is
 * written in JS and parses ~10 MB/s, 20x slower than the native JSON.parse, which matters for
 * NDJSON imports of hundreds of MB. So the common path quotes the unsafe integer literals in the
 * text (one linear scan that skips strings with indexOf) and hands the result to JSON.parse: a
 * quoted literal parses to exactly the string lossless-json would produce. lossless-json itself
 * runs when JSON.parse rejects the text, to produce the error message and position (and its
 * result is used if it accepts what JSON.parse did not). A test checks both paths agree.
 */
import { parse as losslessParse } from 'lossless-json';
import { QUOTE, skipString } from './jsonString';
import type { JsonValue } from './types';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based character index in the parsed text, when known. */
    readonly position: number | null,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const MINUS = 45;
const ZERO = 48;
const NINE = 57;
const DOT = 46;
const LOWER_E = 101;
const UPPER_E = 69;
const PLUS = 43;

/** Integers with at most 15 digits are always safe; 16+ digits need a look. */
const MIN_UNSAFE_DIGITS = 16;
const INTEGER_LITERAL = /^-?(?:0|[1-9][0-9]*)$/;

export function parseNumberLossless(literal: string): number | string {
  if (INTEGER_LITERAL.test(literal)) {
    const value = Number(literal);
    return Number.isSafeInteger(value) ? value : literal;
  }
  return Number(literal);
}

function isNumberChar(c: number): boolean {
  return (c >= ZERO && c <= NINE) || c === DOT || c === LOWER_E || c === UPPER_E || c === PLUS || c === MINUS;
}

/** The text with every unsafe integer literal outside strings wrapped in quotes (same text if none). */
export function quoteUnsafeIntegers(text: string): string {
  const n = text.length;
  let parts: string[] | null = null;
  let copied = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i);
      continue;
    }
    if (c !== MINUS && (c < ZERO || c > NINE)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < ZERO || d > NINE) break;
      i++;
    }
    const next = text.charCodeAt(i);
    if (next === DOT || next === LOWER_E || next === UPPER_E) {
      // Not an integer literal: consume the rest of the number so its digits are not seen again.
      while (i < n && isNumberChar(text.charCodeAt(i))) i++;
      continue;
    }
    const digits = i - start - (c === MINUS ? 1 : 0);
    if (digits < MIN_UNSAFE_DIGITS) continue;
    const literal = text.slice(start, i);
    if (typeof parseNumberLossless(literal) === 'string') {
      parts ??= [];
      parts.push(text.slice(copied, start), '"', literal, '"');
      copied = i;
    }
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** lossless-json with the same number rule; duplicate keys keep the last value, like JSON.parse. */
export function parseWithLosslessJson(text: string): JsonValue {
  return losslessParse(text, null, {
    parseNumber: parseNumberLossless,
    onDuplicateKey: ({ newValue }) => newValue,
  }) as JsonValue;
}

const POSITION = /\s*at position (\d+)\s*$/;

/** Parses `text` losslessly; throws JsonSyntaxError (with the 0-based position when known). */
export function parseJson(text: string): JsonValue {
  try {
    return JSON.parse(quoteUnsafeIntegers(text)) as JsonValue;
  } catch {
    // Fall through: lossless-json explains what is wrong and where.
  }
  try {
    return parseWithLosslessJson(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const m = POSITION.exec(message);
    throw new JsonSyntaxError(m ? message.slice(0, m.index) : message, m ? Number(m[1]) : null);
  }
}

/** 1-based line and column of a character index (CRLF, LF and a lone CR each end a line). */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
