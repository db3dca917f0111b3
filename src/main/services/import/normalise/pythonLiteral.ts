/**
 * A small, safe reader for the list literals that pandas/Python leave in CSV cells
 * (`"['tagi', 'steuern']"`, `"[u'caf\xe9']"`, `"[]"`) and their JSON cousins
 * (`'["a","b"]'`, `'[{"id":"1","name":"fyp"}]'`). It understands strings (single, double and
 * triple-free quoting, with u/r/b prefixes and Python escapes), numbers, True/False/None,
 * true/false/null, lists, tuples and dicts — and nothing else: no names, calls or expressions, so
 * nothing in a file can ever be executed.
 */

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

class LiteralError extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  a: '\u0007',
  '0': '\u0000',
};

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  parseAll(): LiteralValue {
    const value = this.value();
    this.space();
    if (this.i !== this.s.length) throw new LiteralError(`unexpected text at ${this.i}`);
    return value;
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  private value(): LiteralValue {
    this.space();
    const c = this.s[this.i];
    if (c === undefined) throw new LiteralError('unexpected end');
    if (c === '[') return this.sequence(']');
    if (c === '(') return this.sequence(')');
    if (c === '{') return this.dict();
    if (c === '"' || c === "'") return this.string(false);
    if (/[uUrRbB]/.test(c) && (this.s[this.i + 1] === "'" || this.s[this.i + 1] === '"')) {
      const raw = c === 'r' || c === 'R';
      this.i++;
      return this.string(raw);
    }
    if (/[-+0-9.]/.test(c)) return this.number();
    const word = /^[A-Za-z]+/.exec(this.s.slice(this.i))?.[0] ?? '';
    this.i += word.length;
    switch (word) {
      case 'True':
      case 'true':
        return true;
      case 'False':
      case 'false':
        return false;
      case 'None':
      case 'null':
      case 'nan':
      case 'NaN':
        return null;
      default:
        throw new LiteralError(`unexpected "${word || c}"`);
    }
  }

  private sequence(close: string): LiteralValue[] {
    this.i++; // opening bracket
    const items: LiteralValue[] = [];
    this.space();
    if (this.s[this.i] === close) {
      this.i++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.space();
      const c = this.s[this.i++];
      if (c === close) return items;
      if (c !== ',') throw new LiteralError(`expected "," or "${close}"`);
      this.space();
      if (this.s[this.i] === close) {
        this.i++; // trailing comma
        return items;
      }
    }
  }

  private dict(): { [key: string]: LiteralValue } {
    this.i++;
    const out: { [key: string]: LiteralValue } = {};
    this.space();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') throw new LiteralError('dict key must be a string or number');
      this.space();
      if (this.s[this.i++] !== ':') throw new LiteralError('expected ":"');
      out[String(key)] = this.value();
      this.space();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') throw new LiteralError('expected "," or "}"');
      this.space();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
    }
  }

  private string(raw: boolean): string {
    const quote = this.s[this.i++]!;
    let out = '';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) throw new LiteralError('unterminated string');
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.i++];
      if (e === undefined) throw new LiteralError('unterminated escape');
      if (raw) {
        out += e === quote ? e : `\\${e}`;
        continue;
      }
      if (e in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[e]!;
      else if (e === 'x') out += this.codeUnits(2);
      else if (e === 'u') out += this.codeUnits(4);
      else if (e === 'U') out += this.codeUnits(8);
      else if (e === '\n') continue; // line continuation
      else out += `\\${e}`; // Python keeps unknown escapes verbatim
    }
  }

  private codeUnits(n: number): string {
    const hex = this.s.slice(this.i, this.i + n);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) throw new LiteralError('bad hex escape');
    this.i += n;
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) throw new LiteralError('code point out of range');
    // \ud83d\ude00 (JSON style surrogate pairs) come out right because halves are appended in turn.
    return n === 4 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }

  private number(): number | string {
    const m = /^[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?/.exec(this.s.slice(this.i));
    const text = m?.[0] ?? '';
    if (!/\d/.test(text)) throw new LiteralError('bad number');
    this.i += text.length;
    const digits = text.replace(/_/g, '');
    // IDs in a list ([7320768196569599275]) must not pass through a double.
    if (/^\d+$/.test(digits) && !Number.isSafeInteger(Number(digits))) return digits;
    return Number(digits);
  }
}

/** Parses a Python or JSON literal; undefined when the text is not one. Never evaluates code. */
export function parsePythonLiteral(text: string): LiteralValue | undefined {
  try {
    return new Reader(text).parseAll();
  } catch (err) {
    if (err instanceof LiteralError) return undefined;
    throw err;
  }
}
