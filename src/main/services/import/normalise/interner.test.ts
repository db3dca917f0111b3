import { describe, expect, it } from 'vitest';
import { SubstringInterner } from './interner';

describe('SubstringInterner', () => {
  it('returns one shared string per spelling, with its derived value', () => {
    const derived: string[] = [];
    const interner = new SubstringInterner((s) => {
      derived.push(s);
      return s.toUpperCase();
    });
    const text = 'a,fyp,b,fyp';
    const first = interner.intern(text, 2, 5);
    expect(first).toBe('fyp');
    expect(interner.value).toBe('FYP');
    const again = interner.intern(text, 8, 11);
    expect(again).toBe(first);
    expect(interner.value).toBe('FYP');
    expect(derived).toEqual(['fyp']);
  });

  it('tells apart spellings with the same length and different characters', () => {
    const interner = new SubstringInterner((s) => s.length);
    expect(interner.intern('abc', 0, 3)).toBe('abc');
    expect(interner.intern('abd', 0, 3)).toBe('abd');
    expect(interner.intern('xabcx', 1, 4)).toBe('abc');
  });

  it('keeps working through growth and resets', () => {
    const interner = new SubstringInterner((s) => `k:${s}`, 5000);
    for (let i = 0; i < 20_000; i++) {
      const s = `tag${i % 7000}`;
      expect(interner.intern(s, 0, s.length)).toBe(s);
      expect(interner.value).toBe(`k:${s}`);
    }
  });

  it('copies long spellings so they do not keep their source text alive', () => {
    const interner = new SubstringInterner((s) => s);
    const source = `${'x'.repeat(100)}#averyveryverylonghashtagname ${'y'.repeat(100)}`;
    const s = interner.intern(source, 101, 129);
    expect(s).toBe('averyveryverylonghashtagname');
  });
});
