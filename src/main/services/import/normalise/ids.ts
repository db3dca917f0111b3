/**
 * TikTok IDs are unsigned 64-bit integers: kept as digit strings end to end. Anything that went
 * through a float (JSON.parse, Excel, pandas) has lost its low digits and is unusable as an ID —
 * e.g. Excel in a comma-decimal locale turns 7252455790680771845 into "7,25E+18".
 */
import { stripControls } from './text';

export type IdResult =
  | { kind: 'ok'; id: string }
  /** Present but not a full integer: scientific notation, a rounded float, letters… */
  | { kind: 'bad'; text: string; mangled: boolean }
  | { kind: 'empty' };

const EMPTY: IdResult = { kind: 'empty' };

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Parses an ID from a CSV cell or a lossless JSON value (unsafe integers arrive as digit strings). */
export function parseId(raw: unknown): IdResult {
  if (typeof raw === 'string') {
    if (allDigits(raw)) return { kind: 'ok', id: raw };
    const s = stripControls(raw).trim();
    if (s.length === 0) return EMPTY;
    if (allDigits(s)) return { kind: 'ok', id: s };
    // "123.0" from a float column is fine while the integer part is still exact.
    const zeroFraction = /^(\d+)\.0+$/.exec(s);
    if (zeroFraction && Number(zeroFraction[1]) <= Number.MAX_SAFE_INTEGER) return { kind: 'ok', id: zeroFraction[1]! };
    const mangled = /^[+-]?\d+(?:[.,]\d*)?(?:e[+-]?\d+)?$/i.test(s);
    return { kind: 'bad', text: s, mangled };
  }
  if (typeof raw === 'number') {
    if (Number.isSafeInteger(raw) && raw >= 0) return { kind: 'ok', id: String(raw) };
    if (!Number.isFinite(raw)) return EMPTY;
    return { kind: 'bad', text: String(raw), mangled: true };
  }
  return EMPTY;
}

/** Parses an optional secondary ID (sound, author): the digits, or null when absent or unusable. */
export function parseOptionalId(raw: unknown): string | null {
  const r = parseId(raw);
  return r.kind === 'ok' ? r.id : null;
}

const VIDEO_IN_URL = /\/(?:video|photo|v)\/(\d{6,20})(?!\d)/;
const HANDLE_IN_URL = /\/@([A-Za-z0-9_.]+)/;

/** The video ID in a TikTok URL (`…/@handle/video/<id>`, `…/share/video/<id>`, `…/photo/<id>`). */
export function videoIdFromUrl(url: string): string | null {
  const m = VIDEO_IN_URL.exec(url);
  return m ? m[1]! : null;
}

/** The author handle in a TikTok URL (`…/@handle/video/<id>`), without '@'. */
export function handleFromUrl(url: string): string | null {
  const m = HANDLE_IN_URL.exec(url);
  if (!m) return null;
  const handle = m[1]!.replace(/\.+$/, '');
  return handle.length > 0 ? handle : null;
}

const TWO_POW_32 = 4294967296;
const ID_TIME_MIN = 1451606400; // 2016-01-01: TikTok's ID scheme (time in the high 32 bits) from here on
const ID_TIME_MAX = 1893456000; // 2030-01-01

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5];

/**
 * The creation time (unix seconds) encoded in the high 32 bits of a TikTok video ID, or null when
 * the ID is too small or the result is outside 2016–2030 (older IDs do not carry a time).
 * Computed in floating point from the leading 15 digits on purpose: this runs per row and only
 * feeds an hour-scale check, and the error is far below a second. `id` must be all digits.
 */
export function timeFromId(id: string): number | null {
  const len = id.length;
  if (len < 10 || len > 20) return null;
  const exact = len < 15 ? len : 15;
  let n = 0;
  for (let i = 0; i < exact; i++) n = n * 10 + (id.charCodeAt(i) - 48);
  n *= POW10[len - exact]!;
  if (n < TWO_POW_32) return null;
  const seconds = Math.floor(n / TWO_POW_32);
  return seconds >= ID_TIME_MIN && seconds < ID_TIME_MAX ? seconds : null;
}
