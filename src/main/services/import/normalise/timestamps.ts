/**
 * Post creation times → unix seconds (UTC).
 *
 * Accepted: unix seconds (9–11 digits) or milliseconds (12–14 digits) as numbers or strings
 * (pandas may add ".0"); ISO 8601 / "YYYY-MM-DD HH:MM[:SS[.fff]]" with "Z", "UTC"/"GMT" or a
 * ±HH[:MM] offset; the same without a zone (read in the caller's zone and reported as assumed);
 * a bare date; and RFC 2822-style strings that name their zone ("Thu, 12 Oct 2023 09:05:49 GMT").
 */
import { wallTimeToUtcMs } from './timezones';

export type TimeResult =
  | { kind: 'empty' }
  | { kind: 'unparsed' }
  | { kind: 'ok'; seconds: number; zoneAssumed: boolean };

const EMPTY: TimeResult = { kind: 'empty' };
const UNPARSED: TimeResult = { kind: 'unparsed' };
const PLACEHOLDERS = new Set(['n/a', 'na', 'nan', 'nat', 'none', 'null', '-']);

/** Parses a timestamp; zone-less wall times are read in `timeZone` (an IANA name, validated by the caller). */
export function parseTimestamp(raw: unknown, timeZone: string): TimeResult {
  if (typeof raw === 'number') return fromEpochNumber(raw);
  if (typeof raw !== 'string') return EMPTY;
  const s = raw.trim();
  if (s.length === 0) return EMPTY;
  const first = s.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const epoch = fromEpochString(s);
    if (epoch) return epoch;
    const iso = parseIsoLike(s, timeZone);
    if (iso) return iso;
  }
  if (PLACEHOLDERS.has(s.toLowerCase())) return EMPTY;
  return parseZonedText(s);
}

/** Unix seconds when the digits look like seconds (9–11 digits) or milliseconds (12–14). */
function fromEpochNumber(n: number): TimeResult {
  if (!Number.isFinite(n) || n < 0) return UNPARSED;
  const whole = Math.floor(n);
  if (whole >= 1e8 && whole < 1e11) return { kind: 'ok', seconds: whole, zoneAssumed: false };
  if (whole >= 1e11 && whole < 1e14) return { kind: 'ok', seconds: Math.floor(whole / 1000), zoneAssumed: false };
  return UNPARSED;
}

function fromEpochString(s: string): TimeResult | null {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === s.length) return fromEpochNumber(Number(s));
  // "1697101549.0" / "1697101549.25": a float-formatted epoch.
  if (s.charCodeAt(i) === 46 /* . */ && /^\d+\.\d*$/.test(s)) return fromEpochNumber(Number(s));
  return null;
}

function digitsAt(s: string, at: number, count: number): number {
  if (at + count > s.length) return -1;
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS[month - 1]!;
}

/**
 * "YYYY-MM-DD", optionally followed by "T" or " " and "HH:MM[:SS[.fff]]", optionally followed by a
 * zone. Hand-written because it runs once per row on million-row files.
 */
function parseIsoLike(s: string, timeZone: string): TimeResult | null {
  const year = digitsAt(s, 0, 4);
  const sep = s.charCodeAt(4);
  if (year < 0 || (sep !== 45 /* - */ && sep !== 47 /* / */) || s.charCodeAt(7) !== sep) return null;
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  if (i < s.length) {
    const t = s.charCodeAt(i);
    if (t !== 84 /* T */ && t !== 116 /* t */ && t !== 32 /* space */) return null;
    hour = digitsAt(s, i + 1, 2);
    minute = s.charCodeAt(i + 3) === 58 /* : */ ? digitsAt(s, i + 4, 2) : -1;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
    i += 6;
    if (s.charCodeAt(i) === 58) {
      second = digitsAt(s, i + 1, 2);
      if (second < 0 || second > 60) return null;
      if (second === 60) second = 59; // a leap second: keep it inside the minute
      i += 3;
      const dot = s.charCodeAt(i);
      if (dot === 46 /* . */ || dot === 44 /* , */) {
        let j = i + 1;
        let scale = 100;
        while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) {
          ms += (s.charCodeAt(j) - 48) * scale;
          scale /= 10;
          j++;
        }
        if (j === i + 1) return null;
        ms = Math.floor(ms);
        i = j;
      }
    }
  }
  const zone = parseZoneSuffix(s, i);
  if (zone === undefined) return null;
  if (zone === null) {
    const utcMs = wallTimeToUtcMs(timeZone, year, month, day, hour, minute, second, ms);
    return { kind: 'ok', seconds: Math.floor(utcMs / 1000), zoneAssumed: true };
  }
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second, ms) - zone;
  return { kind: 'ok', seconds: Math.floor(utcMs / 1000), zoneAssumed: false };
}

/**
 * The zone after the time: null when there is none, the offset in ms when there is one,
 * undefined when the rest of the string is not a zone (so the whole value is not a timestamp).
 */
function parseZoneSuffix(s: string, at: number): number | null | undefined {
  let rest = s.slice(at);
  if (rest.length === 0) return null;
  rest = rest.trim();
  if (rest === 'Z' || rest === 'z' || rest === 'UTC' || rest === 'GMT') return 0;
  const m = /^(?:UTC|GMT)?([+-])(\d{2})(?::?(\d{2}))?$/.exec(rest);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 18 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** RFC 2822 and similar English date strings, only when they carry an explicit zone. */
function parseZonedText(s: string): TimeResult {
  if (!/\b(?:GMT|UTC|Z)\b|[+-]\d{4}\b/.test(s) || !/\d{4}/.test(s)) return UNPARSED;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return UNPARSED;
  return { kind: 'ok', seconds: Math.floor(ms / 1000), zoneAssumed: false };
}
