import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, lineAndColumn, parseJson, parseWithLosslessJson, quoteUnsafeIntegers } from './jsonParse';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 as their exact digits and other numbers as numbers', () => {
    expect(parseJson('{"id":7071777985572949274,"neg":-9007199254740993,"max":9007199254740991,"n":12,"f":1.5,"e":1e21,"big_float":12345678901234567890.5}')).toEqual({
      id: '7071777985572949274',
      neg: '-9007199254740993',
      max: 9007199254740991,
      n: 12,
      f: 1.5,
      e: 1e21,
      big_float: Number('12345678901234567890.5'), // not an integer literal: a (rounded) number
    });
  });

  it('does not touch digits inside strings, including strings with escaped quotes', () => {
    const text = '["12345678901234567890", "a\\"12345678901234567890\\"b", "\\\\", 12345678901234567890]';
    expect(parseJson(text)).toEqual(['12345678901234567890', 'a"12345678901234567890"b', '\\', '12345678901234567890']);
  });

  it('does not read the fraction or exponent of a number as a separate integer', () => {
    expect(quoteUnsafeIntegers('[0.12345678901234567890, 1e12345678901234567890, 1E+12345678901234567]')).toBe(
      '[0.12345678901234567890, 1e12345678901234567890, 1E+12345678901234567]',
    );
  });

  it('agrees with lossless-json on random documents', () => {
    let seed = 5;
    const rand = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const atoms = ['7071777985572949274', '-7071777985572949274', '9007199254740992', '42', '-0', '3.25', '1e400',
      '"s"', '"12345678901234567890"', '"q\\"1234567890123456789\\""', 'true', 'null', '0.000000000000000001'];
    const gen = (depth: number): string => {
      const r = rand();
      if (depth > 3 || r < 0.4) return atoms[Math.floor(rand() * atoms.length)]!;
      const n = Math.floor(rand() * 4);
      if (r < 0.7) return `[${Array.from({ length: n }, () => gen(depth + 1)).join(', ')}]`;
      return `{${Array.from({ length: n }, (_, i) => `"k${i}" : ${gen(depth + 1)}`).join(',\n')}}`;
    };
    for (let i = 0; i < 500; i++) {
      const text = gen(0);
      expect(parseJson(text), text).toEqual(parseWithLosslessJson(text));
    }
  });

  it('keeps the last of duplicate keys and stores __proto__ as a plain key, like JSON.parse', () => {
    expect(parseJson('{"a":1,"a":2}')).toEqual({ a: 2 });
    const v = parseJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
  });

  it('throws JsonSyntaxError with the position of the problem', () => {
    const text = '{\n  "a": 1,\n  "b": x\n}';
    let caught: unknown;
    try {
      parseJson(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(JsonSyntaxError);
    const position = (caught as JsonSyntaxError).position!;
    expect(lineAndColumn(text, position)).toEqual({ line: 3, column: 8 });
  });
});
