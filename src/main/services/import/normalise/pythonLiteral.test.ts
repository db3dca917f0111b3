import { describe, expect, it } from 'vitest';
import { parsePythonLiteral } from './pythonLiteral';

describe('parsePythonLiteral', () => {
  it('reads GESIS-style single-quoted lists', () => {
    expect(parsePythonLiteral("['tagi', 'steuern', 'tagesanzeiger']")).toEqual(['tagi', 'steuern', 'tagesanzeiger']);
  });

  it('reads the empty list', () => {
    expect(parsePythonLiteral('[]')).toEqual([]);
    expect(parsePythonLiteral(' [ ] ')).toEqual([]);
  });

  it('reads escaped quotes and mixed quoting', () => {
    expect(parsePythonLiteral("['it\\'s', \"say \\\"hi\\\"\", \"don't\"]")).toEqual(["it's", 'say "hi"', "don't"]);
  });

  it('reads Python 2 unicode prefixes and \\x / \\u / \\U escapes', () => {
    expect(parsePythonLiteral("[u'caf\\xe9', u'\\u00fcber', '\\U0001F600']")).toEqual(['café', 'über', '😀']);
  });

  it('reads JSON too, including surrogate-pair escapes and objects', () => {
    expect(parsePythonLiteral('["a", "\\ud83d\\ude00"]')).toEqual(['a', '😀']);
    expect(parsePythonLiteral('[{"id": "23428", "name": "tiktok"}]')).toEqual([{ id: '23428', name: 'tiktok' }]);
    expect(parsePythonLiteral('[true, false, null]')).toEqual([true, false, null]);
  });

  it('reads tuples, trailing commas, numbers, None, dicts', () => {
    expect(parsePythonLiteral("('a', 'b',)")).toEqual(['a', 'b']);
    expect(parsePythonLiteral("[1, 2.5, -3, None, True]")).toEqual([1, 2.5, -3, null, true]);
    expect(parsePythonLiteral("{'name': 'fyp', 'n': 1}")).toEqual({ name: 'fyp', n: 1 });
  });

  it('keeps integers beyond 2^53 as digit strings', () => {
    expect(parsePythonLiteral('[7320768196569599275]')).toEqual(['7320768196569599275']);
  });

  it('refuses anything that is not a literal — nothing is evaluated', () => {
    expect(parsePythonLiteral("__import__('os').system('rm -rf /')")).toBeUndefined();
    expect(parsePythonLiteral("['a'")).toBeUndefined();
    expect(parsePythonLiteral("['a' 'b']")).toBeUndefined();
    expect(parsePythonLiteral("['a'] + ['b']")).toBeUndefined();
    expect(parsePythonLiteral('')).toBeUndefined();
  });
});
