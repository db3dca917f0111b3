/**
 * Mentioned accounts of a post: from structured fields or from `@handle` in the caption,
 * normalised with the shared identity rule (normaliseHandle) and de-duplicated.
 */
import { normaliseHandle } from '../../../../shared/domain/normalise';
import { listItems } from './lists';

/** TikTok handles: ASCII letters, digits, '_' and '.'. */
function isHandleChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}

// A character before '@' that makes it part of a word — an e-mail address (x@y.com) or "mism@".
const WORD_BEFORE = /[\p{L}\p{N}\p{M}_.]/u;

/**
 * Appends each `@handle` of a caption (without '@') to `out`. A trailing '.' is sentence
 * punctuation, not part of the handle (TikTok handles cannot end with one); "x@y.com" is skipped.
 */
export function scanMentions(text: string, out: string[]): void {
  const fullwidth = text.indexOf('\uFF20') >= 0; // '＠'
  let from = 0;
  for (;;) {
    let p = text.indexOf('@', from);
    if (fullwidth) {
      const q = text.indexOf('\uFF20', from);
      if (q >= 0 && (p < 0 || q < p)) p = q;
    }
    if (p < 0) return;
    from = p + 1;
    // (A lone low surrogate before '@' — the end of an emoji — fails WORD_BEFORE: a boundary.)
    if (p > 0) {
      const before = text.charCodeAt(p - 1);
      if (before < 128 ? isHandleChar(before) : WORD_BEFORE.test(text[p - 1]!)) continue;
    }
    let end = p + 1;
    while (end < text.length && isHandleChar(text.charCodeAt(end))) end++;
    let handleEnd = end;
    while (handleEnd > p + 1 && text.charCodeAt(handleEnd - 1) === 46) handleEnd--;
    if (handleEnd > p + 1) out.push(text.slice(p + 1, handleEnd));
    from = end;
  }
}

const MENTION_OBJECT_KEYS = ['userUniqueId', 'uniqueId', 'unique_id', 'username', 'user_name', 'name'] as const;

/** Appends handles from a structured value: arrays (of "@x", "x" or objects), or list strings. */
export function structuredMentions(raw: unknown, out: string[]): void {
  listItems(raw, MENTION_OBJECT_KEYS, out);
}

/**
 * normaliseHandle (and no trailing dots), with a fast path: a plain ASCII handle only needs
 * lower-casing (NFC and trimming change nothing).
 */
export function handleKey(raw: string): string {
  let upper = false;
  let i = 0;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) continue;
    if (c >= 65 && c <= 90) upper = true;
    else break;
  }
  if (i === raw.length) return upper ? raw.toLowerCase() : raw;
  return normaliseHandle(raw.trim()).replace(/\.+$/, '');
}

// Scratch buffer reused across posts (runs once per row).
const found: string[] = [];

function addMention(mentions: string[], raw: string): void {
  const key = handleKey(raw);
  if (key.length > 0 && !mentions.includes(key)) mentions.push(key);
}

export function collectMentions(description: string | null, structured: readonly string[] | null): string[] {
  const mentions: string[] = [];
  if (structured !== null) {
    for (let i = 0; i < structured.length; i++) addMention(mentions, structured[i]!);
    return mentions;
  }
  if (description !== null && (description.indexOf('@') >= 0 || description.indexOf('\uFF20') >= 0)) {
    found.length = 0;
    scanMentions(description, found);
    for (let i = 0; i < found.length; i++) addMention(mentions, found[i]!);
  }
  return mentions;
}
