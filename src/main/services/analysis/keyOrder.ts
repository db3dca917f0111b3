/**
 * Key order for ties: Unicode code point order, the order SQLite's BINARY collation and Python's
 * str comparison use. JavaScript's default string comparison orders UTF-16 code units, which
 * differs for characters outside the Basic Multilingual Plane (emoji in hashtags).
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) stand for code points above FFFF: they sort after E000–FFFF.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
