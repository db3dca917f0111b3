/**
 * NDJSON / JSON Lines: one JSON object per line, parsed losslessly (19-digit ids stay exact).
 *
 * Lines end at CRLF, LF or a lone CR (raw CR/LF cannot occur inside a JSON string, so splitting
 * first is safe). Blank lines are skipped. A line that is not valid JSON, or is valid JSON but not
 * an object, becomes an error item with its line number; the other lines still come out.
 * A byte-order mark before the first line is accepted.
 */
import { JsonSyntaxError, parseJson } from './jsonParse';
import type { JsonObject, ReadItem } from './types';

const LF = 10;
const CR = 13;
const MIB = 1024 * 1024;

export interface NdjsonOptions {
  /** A line longer than this (UTF-16 code units) is rejected without being parsed. Default 64 MiB. */
  maxLineChars?: number;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}

function describeNonObject(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

/** Short reason for the error item: what is wrong and the column (lines are reported separately). */
function syntaxReason(err: unknown): string {
  if (err instanceof JsonSyntaxError) {
    return `invalid JSON: ${err.message}${err.position !== null ? ` (column ${err.position + 1})` : ''}`;
  }
  return `invalid JSON: ${err instanceof Error ? err.message : String(err)}`;
}

export function parseNdjsonLine(text: string, line: number): ReadItem {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (err) {
    return { kind: 'error', line, reason: syntaxReason(err) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'error', line, reason: `line is ${describeNonObject(value)}, expected a JSON object` };
  }
  return { kind: 'json', line, value: value as JsonObject, raw: text };
}

export class NdjsonReader {
  private rest = '';
  private line = 1;
  private skipLF = false;
  private skipping = false; // inside an oversized line whose end has not arrived yet
  private readonly maxLineChars: number;
  items: ReadItem[] = [];

  constructor(options: NdjsonOptions = {}) {
    this.maxLineChars = options.maxLineChars ?? 64 * MIB;
  }

  push(text: string): void {
    if (text.length === 0) return;
    let s = text;
    if (this.skipLF) {
      this.skipLF = false;
      if (s.charCodeAt(0) === LF) s = s.slice(1);
    }
    if (this.skipping) {
      const br = firstBreak(s, 0);
      if (br === -1) return;
      this.skipping = false;
      s = s.slice(this.afterBreak(s, br));
      this.line++;
    }
    const buf = this.rest.length > 0 ? this.rest + s : s;
    let start = 0;
    let nextLF = -1;
    let nextCR = -1;
    const n = buf.length;
    while (start < n) {
      if (nextLF < start) nextLF = buf.indexOf('\n', start) >>> 0;
      if (nextCR < start) nextCR = buf.indexOf('\r', start) >>> 0;
      const br = nextLF < nextCR ? nextLF : nextCR;
      if (br >= n) break;
      this.handleLine(buf.slice(start, br));
      start = this.afterBreak(buf, br);
    }
    this.rest = start >= n ? '' : buf.slice(start);
    if (this.rest.length > this.maxLineChars) {
      this.items.push({ kind: 'error', line: this.line, reason: this.tooLong() });
      this.rest = '';
      this.skipping = true;
    }
  }

  end(): void {
    if (this.rest.length > 0 && !this.skipping) this.handleLine(this.rest);
    this.rest = '';
  }

  drain(): ReadItem[] {
    const out = this.items;
    this.items = [];
    return out;
  }

  /** Index after the line break at `br`; a CR at the very end may be the first half of a CRLF. */
  private afterBreak(s: string, br: number): number {
    if (s.charCodeAt(br) !== CR) return br + 1;
    if (br + 1 < s.length) return s.charCodeAt(br + 1) === LF ? br + 2 : br + 1;
    this.skipLF = true;
    return br + 1;
  }

  private handleLine(text: string): void {
    const line = this.line++;
    if (isBlank(text)) return;
    if (text.length > this.maxLineChars) {
      this.items.push({ kind: 'error', line, reason: this.tooLong() });
      return;
    }
    // A BOM can only be left here if the file had two, or a tool glued files together.
    this.items.push(parseNdjsonLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, line));
  }

  private tooLong(): string {
    return `line is longer than ${this.maxLineChars / MIB} MiB`;
  }
}

function firstBreak(s: string, from: number): number {
  const lf = s.indexOf('\n', from);
  const cr = s.indexOf('\r', from);
  if (lf === -1) return cr;
  if (cr === -1) return lf;
  return Math.min(lf, cr);
}
