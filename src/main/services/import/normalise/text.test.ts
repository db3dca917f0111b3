import { describe, expect, it } from 'vitest';
import { cleanText, cleanToken, stripControls } from './text';

describe('text hygiene', () => {
  it('strips NUL and other C0 controls but keeps TAB, LF and CR', () => {
    expect(stripControls('حموديالباشا\u0000\u0000\u0000\u0000\u0000\u00004')).toBe('حموديالباشا4');
    expect(stripControls('a\u0001b\u001Fc\u000Bd')).toBe('abcd');
    expect(stripControls('line 1\nline 2\r\n\tend')).toBe('line 1\nline 2\r\n\tend');
  });

  it('returns the same string when nothing needs stripping', () => {
    const s = 'plain caption #fyp';
    expect(stripControls(s)).toBe(s);
  });

  it('replaces lone surrogates', () => {
    expect(stripControls('a\uD83Db')).toBe('a\uFFFDb');
    expect(stripControls('ok 😀')).toBe('ok 😀');
  });

  it('cleanText keeps spaces, maps empty to null', () => {
    expect(cleanText(' caption ')).toBe(' caption ');
    expect(cleanText('')).toBeNull();
    expect(cleanText('\u0000')).toBeNull();
    expect(cleanText(42)).toBe('42');
    expect(cleanText({})).toBeNull();
  });

  it('cleanToken trims', () => {
    expect(cleanToken('  user123 ')).toBe('user123');
    expect(cleanToken('   ')).toBeNull();
  });
});
