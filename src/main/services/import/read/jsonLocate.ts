/**
 * Where values sit in the source text of a JSON document: for each requested path (object keys /
 * array indexes from the root) the [start, end) character span of its value.
 *
 * Records keep their exact source text (`raw`), so re-serialising the parsed value is not an
 * option: it would rewrite 19-digit ids, key order, escapes and number formatting. Instead one
 * linear scan walks the text, descending only into the containers on a requested path and
 * skipping everything else with a bracket counter. The text must already have parsed as JSON.
 */
import { QUOTE, skipString } from './jsonString';

export type JsonPath = Array<string | number>;

export interface ValueSpan {
  start: number;
  end: number;
}

const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const COMMA = 44;

interface PathNode {
  targets: number[];
  children: Map<string, PathNode>;
}

function newNode(): PathNode {
  return { targets: [], children: new Map() };
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function skipWhitespace(text: string, i: number): number {
  while (isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the value starting at `pos`. */
function skipValue(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === QUOTE) return skipString(text, pos);
  if (c === LBRACE || c === LBRACKET) {
    let depth = 0;
    let i = pos;
    const n = text.length;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === QUOTE) {
        i = skipString(text, i);
        continue;
      }
      if (d === LBRACE || d === LBRACKET) depth++;
      else if (d === RBRACE || d === RBRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return n;
  }
  // number, true, false, null
  let i = pos;
  for (;;) {
    const d = text.charCodeAt(i);
    if (Number.isNaN(d) || d === COMMA || d === RBRACE || d === RBRACKET || isWhitespace(d)) return i;
    i++;
  }
}

function walk(text: string, pos: number, node: PathNode, spans: Array<ValueSpan | null>): number {
  const c = text.charCodeAt(pos);
  let end: number;
  if (node.children.size > 0 && (c === LBRACE || c === LBRACKET)) end = walkContainer(text, pos, node, spans);
  else end = skipValue(text, pos);
  for (const t of node.targets) spans[t] = { start: pos, end };
  return end;
}

function walkContainer(text: string, pos: number, node: PathNode, spans: Array<ValueSpan | null>): number {
  const isObject = text.charCodeAt(pos) === LBRACE;
  const close = isObject ? RBRACE : RBRACKET;
  let i = skipWhitespace(text, pos + 1);
  if (text.charCodeAt(i) === close) return i + 1;
  for (let index = 0; ; index++) {
    let key: string;
    if (isObject) {
      const keyEnd = skipString(text, i);
      const rawKey = text.slice(i + 1, keyEnd - 1);
      key = rawKey.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : rawKey;
      i = skipWhitespace(text, keyEnd) + 1; // past ':'
      i = skipWhitespace(text, i);
    } else {
      key = String(index);
    }
    const child = node.children.get(key);
    // A repeated key visits the child again; the later span wins, as the later value does in the parse.
    i = child ? walk(text, i, child, spans) : skipValue(text, i);
    i = skipWhitespace(text, i);
    if (text.charCodeAt(i) !== COMMA) return i + 1; // the closing bracket
    i = skipWhitespace(text, i + 1);
  }
}

/** Spans of the values at `paths` (null where a path does not exist), in the order given. */
export function locateJsonPaths(text: string, paths: JsonPath[]): Array<ValueSpan | null> {
  const root = newNode();
  paths.forEach((path, t) => {
    let node = root;
    for (const step of path) {
      const key = String(step);
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.targets.push(t);
  });
  const spans: Array<ValueSpan | null> = paths.map(() => null);
  const start = skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (start < text.length) walk(text, start, root, spans);
  return spans;
}

/** 1-based physical line of each position (CRLF, LF and a lone CR each end a line); one pass over the text. */
export function linesOf(text: string, positions: number[]): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  const lines = new Array<number>(positions.length);
  let line = 1;
  let i = 0;
  for (const idx of order) {
    const target = positions[idx]!;
    // Raw line breaks can only be whitespace between tokens in JSON, so counting every CR/LF is exact.
    for (; i < target; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    lines[idx] = line;
  }
  return lines;
}
