/** Yes/no fields (is_ad): JSON booleans, spreadsheet "TRUE"/"FALSE", "1"/"0", "yes"/"no". */

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 't', 'wahr', 'vrai', 'ja']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'f', 'falsch', 'faux', 'nein']);

/** true / false, or null when the value is empty or not recognisably a boolean. */
export function parseBoolean(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : null;
  if (typeof raw !== 'string') return null;
  const s = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(s) || s === '1.0') return true;
  if (FALSE_WORDS.has(s) || s === '0.0') return false;
  return null;
}
