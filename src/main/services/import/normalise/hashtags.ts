/**
 * Hashtags of a post: from structured fields and from `#tag` in the caption, normalised with the
 * shared identity rule (normaliseTag), de-duplicated, first spelling kept for display.
 */
import { normaliseTag } from '../../../../shared/domain/normalise';
import { listItems } from './lists';
import { stripControls } from './text';

// Letters, digits and combining marks of any script, '_', and ZWNJ (inside Persian words). Not
// variation selectors: they are marks, but they belong to the emoji before them ("❤️").
const TAG_CHAR = /(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{L}\p{N}\p{M}_\u200C]/uy;

/** Length (in UTF-16 units) of the tag character at `i`, or 0 when it ends a tag. */
function tagCharLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0;
  }
  TAG_CHAR.lastIndex = i;
  const m = TAG_CHAR.exec(s);
  return m ? m[0].length : 0;
}

/**
 * Appends each `#tag` of a caption (without '#') to `out`. A tag runs until whitespace, another
 * '#', '@', or any character that is not a letter, digit, mark or '_' — so emoji glued to a tag
 * end it: "Like😏🔥#browngirl🔥🥵" → "browngirl"; "#SONDAKİKA#sondakikahaberler" → two tags.
 */
export function scanHashtags(text: string, out: string[]): void {
  const fullwidth = text.indexOf('\uFF03') >= 0;
  let from = 0;
  for (;;) {
    const p = nextHash(text, from, fullwidth);
    if (p < 0) return;
    const end = tagEnd(text, p);
    if (end > p + 1) out.push(text.slice(p + 1, end));
    from = end > p + 1 ? end : p + 1;
  }
}

/** Index of the next '#' (or '＃' from CJK input methods, when the text has one) at or after `from`, or -1. */
function nextHash(text: string, from: number, fullwidth: boolean): number {
  const p = text.indexOf('#', from);
  if (!fullwidth) return p;
  const q = text.indexOf('\uFF03', from);
  return q >= 0 && (p < 0 || q < p) ? q : p;
}

/** End (exclusive) of the tag whose '#' is at `p`; p + 1 when the '#' starts no tag. */
function tagEnd(text: string, p: number): number {
  let end = p + 1;
  while (end < text.length) {
    const n = tagCharLength(text, end);
    if (n === 0) break;
    end += n;
  }
  // A trailing ZWNJ is not part of the word.
  while (end > p + 1 && text.charCodeAt(end - 1) === 0x200c) end--;
  return end;
}

const TAG_OBJECT_KEYS = ['name', 'hashtagName', 'hashtag_name', 'title', 'tag'] as const;

/**
 * Appends hashtags from a structured value: arrays (of strings or of {name|title|…} objects),
 * comma-joined strings, JSON / Python / R list strings, or "#a #b" strings.
 */
export function structuredHashtags(raw: unknown, out: string[]): void {
  if (typeof raw === 'string' && raw.indexOf('#') >= 0 && !/^\s*[[(]/.test(raw)) {
    scanHashtags(raw, out);
    return;
  }
  const start = out.length;
  listItems(raw, TAG_OBJECT_KEYS, out);
  // Items may carry control characters or keep a leading '#' ("['#fyp']"): clean the spelling
  // here so both the key and the display come from the same clean text.
  let keep = start;
  for (let i = start; i < out.length; i++) {
    let item = stripControls(out[i]!);
    const c = item.charCodeAt(0);
    if (c === 35 || c === 0xff03 || c <= 32 || item.charCodeAt(item.length - 1) <= 32) {
      item = item.trim().replace(/^[#\uFF03]+/, '');
    }
    if (item.length > 0) out[keep++] = item;
  }
  out.length = keep;
}

const tagKeys = new Map<string, string>();
const TAG_KEY_CACHE_MAX = 200_000;

/**
 * normaliseTag, fast. For ASCII word characters normaliseTag reduces to lower-casing (NFC and
 * trimming change nothing), so those skip both the ICU normalisations and a cache lookup (hashing
 * a fresh substring costs about as much as the rest of the tag's handling). Other tags go through
 * normaliseTag behind a cache: hashtag vocabularies are Zipf-distributed, so most lookups hit.
 */
export function tagKey(display: string): string {
  let upper = false;
  let i = 0;
  for (; i < display.length; i++) {
    const c = display.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) continue;
    if (c >= 65 && c <= 90) upper = true;
    else break;
  }
  if (i === display.length) return upper ? display.toLowerCase() : display;
  let key = tagKeys.get(display);
  if (key === undefined) {
    key = normaliseTag(display);
    if (tagKeys.size >= TAG_KEY_CACHE_MAX) tagKeys.clear();
    tagKeys.set(display, key);
  }
  return key;
}

export interface PostHashtags {
  hashtags: string[];
  /** Prototype-less: posts carry arbitrary tag names as keys (see newDisplayMap). */
  hashtagDisplay: Record<string, string>;
}

/**
 * A fresh key → spelling record. Prototype-less objects start in dictionary mode in V8; object
 * literals would grow a hidden-class transition per distinct tag name across millions of posts,
 * which measured ~15× slower. Use Object.hasOwn / `in` / Object.keys on it, not .hasOwnProperty.
 */
function newDisplayMap(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

const NONE: readonly string[] = [];
// Scratch buffer reused across posts: this runs once per row on million-row imports.
const structuredKeys: string[] = [];

function addTag(hashtags: string[], display: Record<string, string>, key: string, spelling: string): void {
  if (key.length === 0 || hashtags.includes(key)) return;
  hashtags.push(key);
  display[key] = spelling;
}

/** The structured key spelled exactly like text[start, end), or null (avoids slicing the caption). */
function sameAsKey(text: string, start: number, end: number, keys: readonly string[]): string | null {
  const length = end - start;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key.length === length && text.startsWith(key, start)) return key;
  }
  return null;
}

/**
 * Combines caption tags and structured tags. Caption tags come first (they keep the author's
 * spelling, e.g. "#SONDAKİKA" where TikTok's structured field says "sondakika"). TikTok's own
 * tag fields keep emoji glued to a tag ("filistin🇰🇼") while the caption scan stops at the emoji;
 * a caption tag that is only such a cut-short prefix of a structured tag is therefore skipped
 * instead of being counted as a second hashtag.
 */
export function collectHashtags(
  description: string | null,
  /** Clean spellings, as structuredHashtags produces them. */
  structured: readonly string[] = NONE,
): PostHashtags {
  const hashtags: string[] = [];
  const hashtagDisplay = newDisplayMap();
  structuredKeys.length = 0;
  for (let i = 0; i < structured.length; i++) structuredKeys.push(tagKey(structured[i]!));
  if (description !== null) {
    const fullwidth = description.indexOf('\uFF03') >= 0;
    let from = 0;
    for (;;) {
      const p = nextHash(description, from, fullwidth);
      if (p < 0) break;
      const end = tagEnd(description, p);
      from = end > p + 1 ? end : p + 1;
      if (end === p + 1) continue;
      // Scanned tags consist of letters, digits and marks only: no control characters to strip.
      const same = sameAsKey(description, p + 1, end, structuredKeys);
      if (same !== null) {
        addTag(hashtags, hashtagDisplay, same, same);
        continue;
      }
      const spelling = description.slice(p + 1, end);
      const key = tagKey(spelling);
      if (structuredKeys.length > 0 && !structuredKeys.includes(key) && isCutShort(key, structuredKeys)) continue;
      addTag(hashtags, hashtagDisplay, key, spelling);
    }
  }
  for (let i = 0; i < structuredKeys.length; i++) {
    const key = structuredKeys[i]!;
    if (!hashtags.includes(key)) addTag(hashtags, hashtagDisplay, key, structured[i]!);
  }
  return { hashtags, hashtagDisplay };
}

function isCutShort(key: string, keys: readonly string[]): boolean {
  for (const other of keys) {
    if (other.length > key.length && other.startsWith(key) && tagCharLength(other, key.length) === 0) return true;
  }
  return false;
}
