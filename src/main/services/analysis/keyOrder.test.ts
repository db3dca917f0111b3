import { describe, expect, it } from 'vitest';

import { compareKeys } from './keyOrder';

describe('key order', () => {
  it('orders by Unicode code point, like SQLite BINARY and Python, not by UTF-16 unit', () => {
    const keys = ['b', 'a', 'ab', '\uff5e', '😀', 'é', 'A', ''];
    const byCodePoint = [...keys].sort((x, y) => {
      const a = Array.from(x, (c) => c.codePointAt(0)!);
      const b = Array.from(y, (c) => c.codePointAt(0)!);
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    });
    expect([...keys].sort(compareKeys)).toEqual(byCodePoint);
    // '\uff5e' (U+FF5E) sorts before an emoji (U+1F600), although its UTF-16 unit is larger than 0xD83D.
    expect(compareKeys('\uff5e', '😀')).toBeLessThan(0);
  });
});
