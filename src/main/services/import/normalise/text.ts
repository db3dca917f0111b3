/**
 * Text hygiene for every string that leaves a source record. Real Research API responses carry
 * NUL characters inside usernames (`"…\u0000\u00004"`); SQLite TEXT, CSV exports and XML graph
 * files all choke on C0 controls, so they are removed here, once, at the boundary.
 */

// C0 controls except TAB (09), LF (0A) and CR (0D), which are legitimate in captions and bios.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]+/g;

// ES2024 string methods (Node ≥ 20, Electron): the project's lib setting is ES2023.
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** True when stripControls would change the string. */
export function needsCleaning(s: string): boolean {
  return CONTROL.test(s) || !(s as unknown as WellFormedString).isWellFormed();
}

/** Removes C0 control characters (keeping TAB/LF/CR) and repairs lone UTF-16 surrogates. */
export function stripControls(s: string): string {
  // test() first: the common case has nothing to strip and must not allocate a new string.
  let out = CONTROL.test(s) ? s.replace(CONTROLS, '') : s;
  // JSON escapes like "\ud83d" without a partner decode to lone surrogates, which are not valid
  // UTF-8 when written out again.
  const w = out as unknown as WellFormedString;
  if (!w.isWellFormed()) out = w.toWellFormed();
  return out;
}

/**
 * A free-text value (caption, display name, sound title): controls stripped, kept otherwise
 * verbatim (leading/trailing spaces are part of the caption). Empty → null. Numbers are accepted
 * because CSV-less sources sometimes store a numeric title.
 */
export function cleanText(raw: unknown): string | null {
  if (typeof raw === 'string') {
    if (raw.length === 0) return null;
    const s = stripControls(raw);
    return s.length === 0 ? null : s;
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return null;
}

/** A short identifier-like value (handle, author id, region): controls stripped and trimmed. Empty → null. */
export function cleanToken(raw: unknown): string | null {
  if (typeof raw === 'string') {
    if (raw.length === 0) return null;
    const s = stripControls(raw).trim();
    return s.length === 0 ? null : s;
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return null;
}
