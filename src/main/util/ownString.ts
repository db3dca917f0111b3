/**
 * A copy of `s` that does not share memory with a larger string. V8 represents substrings of 13+
 * characters as views into their parent, so keeping one alive (in a long-lived cache) keeps the
 * whole parent alive — for an importer, the entire decoded chunk of the file it came from.
 */
export function ownString<T extends string | null>(s: T): T {
  if (s === null || s.length < 13) return s;
  return s.split('').join('') as T;
}
