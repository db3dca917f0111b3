import { describe, expect, it } from 'vitest';

import { escapeXml, wrapText } from './svgText';

describe('SVG caption text', () => {
  it('escapes markup and drops characters XML forbids, keeping emoji', () => {
    expect(escapeXml('<script>alert("x")</script> & \'#fyp\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;#fyp&apos;');
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe 😀 \uD800')).toBe('abcde 😀 ');
  });

  it('wraps at word boundaries and cuts words longer than a line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghijkl xy', 5)).toEqual(['abcde', 'fghij', 'kl xy']);
    expect(wrapText('   ', 5)).toEqual([]);
  });
});
