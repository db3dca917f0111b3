/**
 * Structured list fields (hashtags, mentions) arrive in many shapes: JSON arrays of strings or of
 * objects (`[{"name":"fyp"}]`), comma-joined strings ("a,b,c" — 4CAT, the common academic schema),
 * JSON-array strings, Python list literals (GESIS: "['tagi', 'steuern']") and R vectors
 * (`c("a", "b")`). This flattens any of them into plain strings.
 */
import { parsePythonLiteral } from './pythonLiteral';

/** , ; | and whitespace separate the items of a joined list. */
export function isSeparator(c: number): boolean {
  return c === 44 || c === 59 || c === 124 || c === 32 || c === 9 || c === 10 || c === 13;
}

/** Splits "a,b, c" / "a;b" / "a b" into items; the hot path of comma-joined CSV columns. */
export function splitJoined(s: string, out: string[]): void {
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSeparator(s.charCodeAt(i))) {
      if (start >= 0) {
        out.push(s.slice(start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) out.push(s.slice(start));
}

function fromObject(obj: { [key: string]: unknown }, keys: readonly string[], out: string[]): void {
  for (const key of keys) {
    const v = obj[key];
    if (typeof v === 'string' && v.length > 0) {
      out.push(v);
      return;
    }
  }
}

/**
 * Appends the items of a list-like value to `out`. Objects contribute the first non-empty string
 * among `objectKeys` (e.g. hashtag objects' "name", mention objects' "userUniqueId").
 */
export function listItems(raw: unknown, objectKeys: readonly string[], out: string[]): void {
  if (raw === null || raw === undefined) return;
  if (typeof raw === 'string') {
    listItemsFromString(raw, objectKeys, out);
    return;
  }
  if (typeof raw === 'number') {
    out.push(String(raw));
    return;
  }
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item === 'string') {
        if (item.length > 0) out.push(item);
      } else if (typeof item === 'number') {
        out.push(String(item));
      } else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        fromObject(item as { [key: string]: unknown }, objectKeys, out);
      }
    }
    return;
  }
  if (typeof raw === 'object') fromObject(raw as { [key: string]: unknown }, objectKeys, out);
}

function listItemsFromString(s: string, objectKeys: readonly string[], out: string[]): void {
  const first = s.charCodeAt(0);
  // Fast path: "a,b,c".
  if (first !== 91 /* [ */ && first !== 40 /* ( */ && first !== 123 /* { */ && first !== 99 /* c */ && first !== 32) {
    splitJoined(s, out);
    return;
  }
  const t = s.trim();
  if (t.length === 0) return;
  let literalText: string | null = null;
  if (t.startsWith('[') || t.startsWith('(') || t.startsWith('{')) literalText = t;
  else if (t.startsWith('c(') && t.endsWith(')')) literalText = `[${t.slice(2, -1)}]`;
  if (literalText !== null) {
    const parsed = parsePythonLiteral(literalText);
    if (parsed !== undefined && typeof parsed === 'object') {
      listItems(parsed, objectKeys, out);
      return;
    }
    // Not a valid literal (e.g. a truncated cell): salvage the quoted or bare items.
    splitJoined(literalText.replace(/[[\](){}'"]/g, ' '), out);
    return;
  }
  splitJoined(t, out);
}
