/**
 * Hashtags of a post: from structured fields and from `#tag` in the caption, normalised with the
 * shared identity rule (normaliseTag), de-duplicated, first spelling kept for display.
 */
import { normaliseTag } from '../../../../shared/domain/normalise';
import { SubstringInterner } from './interner';
import { isSeparator, listItems } from './lists';
import { needsCleaning, stripControls } from './text';

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
  const length = text.length;
  while (end < length) {
    const c = text.charCodeAt(end);
    if (c < 128) {
      // ASCII inline: the common case, without a call per character.
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95) {
        end++;
        continue;
      }
      break;
    }
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
  if (typeof raw === 'string') {
    // Clean the whole cell once: its items are then clean too.
    const s = stripControls(raw);
    if (s.indexOf('#') >= 0 && !/^\s*[[(]/.test(s)) {
      scanHashtags(s, out);
      return;
    }
    const start = out.length;
    listItems(s, TAG_OBJECT_KEYS, out);
    tidyItems(out, start, false);
    return;
  }
  const start = out.length;
  listItems(raw, TAG_OBJECT_KEYS, out);
  tidyItems(out, start, true);
}

/**
 * Items may keep a leading '#' ("['#fyp']") or spaces, and JSON items may carry control
 * characters: clean each spelling so the key and the display come from the same text.
 */
function tidyItems(out: string[], start: number, strip: boolean): void {
  let keep = start;
  for (let i = start; i < out.length; i++) {
    let item = strip ? stripControls(out[i]!) : out[i]!;
    const first = item.charCodeAt(0);
    if (first === 35 || first === 0xff03 || first <= 32 || item.charCodeAt(item.length - 1) <= 32) {
      item = item.trim().replace(/^[#\uFF03]+/, '');
    }
    if (item.length > 0) out[keep++] = item;
  }
  out.length = keep;
}

/**
 * normaliseTag, with a fast path: for ASCII word characters it reduces to lower-casing (NFC and
 * trimming change nothing), which skips two ICU normalisations.
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
  return normaliseTag(display);
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

/** Every spelling seen, with its normalised key: shared strings, no per-row slicing or normalising. */
const spellings = new SubstringInterner<string>(tagKey);

// Scratch buffers reused across posts (this runs once per row on million-row imports).
const structuredKeys: string[] = [];
const structuredSpellings: string[] = [];
const items: string[] = [];

function addStructured(text: string, start: number, end: number): void {
  const spelling = spellings.intern(text, start, end);
  const key = spellings.value;
  if (key.length === 0 || structuredKeys.includes(key)) return;
  structuredKeys.push(key);
  structuredSpellings.push(spelling);
}

/** "a,b,c" with nothing to clean: intern the items straight out of the cell. */
function isPlainJoined(s: string): boolean {
  const first = s.charCodeAt(0);
  if (first === 91 /* [ */ || first === 40 /* ( */ || first === 123 /* { */) return false;
  if (first === 99 /* c */ && s.charCodeAt(1) === 40) return false;
  return s.indexOf('#') < 0 && s.indexOf('\uFF03') < 0 && !needsCleaning(s);
}

function readStructured(raw: unknown): void {
  if (typeof raw === 'string' && isPlainJoined(raw)) {
    let start = -1;
    for (let i = 0; i <= raw.length; i++) {
      if (i === raw.length || isSeparator(raw.charCodeAt(i))) {
        if (start >= 0) addStructured(raw, start, i);
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return;
  }
  items.length = 0;
  structuredHashtags(raw, items);
  for (let i = 0; i < items.length; i++) addStructured(items[i]!, 0, items[i]!.length);
}

/** Index of the structured spelling equal to text[start, end), or -1. */
function sameSpelling(text: string, start: number, end: number): number {
  const length = end - start;
  for (let i = 0; i < structuredSpellings.length; i++) {
    const s = structuredSpellings[i]!;
    if (s.length === length && text.startsWith(s, start)) return i;
  }
  return -1;
}

function addTag(hashtags: string[], display: Record<string, string>, key: string, spelling: string): void {
  if (key.length === 0 || hashtags.includes(key)) return;
  hashtags.push(key);
  display[key] = spelling;
}

/**
 * The post's hashtags from its caption and a structured field (any shape structuredHashtags
 * reads). Caption tags come first: they keep the author's spelling, e.g. "#SONDAKİKA" where
 * TikTok's structured field says "sondakika". TikTok's own tag fields keep emoji glued to a tag
 * ("filistin🇰🇼") while the caption scan stops at the emoji; a caption tag that is only such a
 * cut-short prefix of a structured tag is therefore skipped instead of counted a second time.
 */
export function collectHashtags(description: string | null, structured?: unknown): PostHashtags {
  const hashtags: string[] = [];
  const hashtagDisplay = newDisplayMap();
  structuredKeys.length = 0;
  structuredSpellings.length = 0;
  if (structured !== undefined && structured !== null && structured !== '') readStructured(structured);
  if (description !== null) {
    const fullwidth = description.indexOf('\uFF03') >= 0;
    let from = 0;
    for (;;) {
      const p = nextHash(description, from, fullwidth);
      if (p < 0) break;
      const end = tagEnd(description, p);
      from = end > p + 1 ? end : p + 1;
      if (end === p + 1) continue;
      // Scanned tags consist of letters, digits and marks only: nothing to clean. Most caption
      // tags repeat a structured one verbatim: compare in place before any hashing.
      const same = sameSpelling(description, p + 1, end);
      const spelling = same >= 0 ? structuredSpellings[same]! : spellings.intern(description, p + 1, end);
      const key = same >= 0 ? structuredKeys[same]! : spellings.value;
      if (structuredKeys.length > 0 && !structuredKeys.includes(key) && isCutShort(key, structuredKeys)) continue;
      addTag(hashtags, hashtagDisplay, key, spelling);
    }
  }
  for (let i = 0; i < structuredKeys.length; i++) {
    addTag(hashtags, hashtagDisplay, structuredKeys[i]!, structuredSpellings[i]!);
  }
  return { hashtags, hashtagDisplay };
}

function isCutShort(key: string, keys: readonly string[]): boolean {
  for (const other of keys) {
    if (other.length > key.length && other.startsWith(key) && tagCharLength(other, key.length) === 0) return true;
  }
  return false;
}
