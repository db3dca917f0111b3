/** Region / country codes: ISO 3166-1 alpha-2, upper case ("ca" → "CA"). */
import { stripControls } from './text';

/** The upper-case two-letter code, or null when the value is empty or not a two-letter code. */
export function parseRegion(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const s = stripControls(raw).trim().toUpperCase();
  return /^[A-Z]{2}$/.test(s) ? s : null;
}
