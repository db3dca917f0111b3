/**
 * Engagement counts (views, likes, comments, shares, saves, followers) as integers.
 *
 * Sources disagree wildly: pandas writes "38.0", spreadsheets write "1,234" or "1 234", scrapers
 * copy TikTok's display strings "12.3K" / "1.2M", and comma-decimal locales produce "12,3K" or
 * "1,2E+06". A missing value must stay missing (null) — writing 0 would silently bias every mean.
 */

const ABBREVIATED = /^(\d+(?:[.,]\d+)?)\s*([kmb]|bn|mn|mio)$/i;
const SCIENTIFIC = /^(\d+(?:[.,]\d+)?)e\+?(\d{1,2})$/i;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.0+)?$/;
// "1.234.567" is unambiguous dot-grouping; a single group ("1.234") could be a decimal, so not here.
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}$/;
const INTEGER_WITH_ZERO_FRACTION = /^(\d+)\.0*$/;
// Spaces used as thousands separators: ASCII, NBSP, thin space, narrow NBSP; and the Swiss apostrophe.
const GROUP_SPACES = /[\u0020\u00A0\u2009\u202F'\u2019]/g;

const MULTIPLIER: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, mn: 1e6, mio: 1e6 };

/** Integer count, or null when the value is empty, a placeholder ("N/A", "-") or unparseable. */
export function parseCount(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string') return null;
  const len = raw.length;
  // Fast path: plain digits (the overwhelmingly common case, and the 1M-row benchmark's only case).
  if (len > 0 && len <= 15) {
    let n = 0;
    let i = 0;
    for (; i < len; i++) {
      const c = raw.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      n = n * 10 + c;
    }
    if (i === len) return n;
  }
  return parseCountSlow(raw);
}

function parseCountSlow(raw: string): number | null {
  const s = raw.trim().replace(GROUP_SPACES, '');
  if (s.length === 0) return null;
  if (/^\d+$/.test(s)) return Number(s); // long digit strings (lossless JSON beyond 2^53)
  const zeroFraction = INTEGER_WITH_ZERO_FRACTION.exec(s);
  if (zeroFraction) return Number(zeroFraction[1]);
  if (COMMA_GROUPS.test(s)) return Number(s.replace(/,/g, '').replace(/\.0*$/, ''));
  if (DOT_GROUPS.test(s)) return Number(s.replace(/\./g, ''));
  const abbreviated = ABBREVIATED.exec(s);
  if (abbreviated) {
    const mantissa = Number(abbreviated[1]!.replace(',', '.'));
    return Math.round(mantissa * MULTIPLIER[abbreviated[2]!.toLowerCase()]!);
  }
  const scientific = SCIENTIFIC.exec(s);
  if (scientific) {
    const mantissa = Number(scientific[1]!.replace(',', '.'));
    return Math.round(mantissa * 10 ** Number(scientific[2]));
  }
  return null;
}

/**
 * True when a count string was abbreviated ("12.3K") or written in scientific notation by a
 * spreadsheet ("1,2E+06"): the stored number is then an approximation of the real count.
 */
export function isAbbreviatedCount(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  const s = raw.trim().replace(GROUP_SPACES, '');
  return ABBREVIATED.test(s) || SCIENTIFIC.test(s);
}

/**
 * TikTok's web UI shows "12.3K", and its web JSON (Zeeschuimer, scrapers) carries the same
 * precision: every value ≥ 10,000 is a multiple of 100. Such a value is most likely rounded.
 */
export function isDisplayRounded(n: number): boolean {
  return n >= 10_000 && n % 100 === 0;
}
