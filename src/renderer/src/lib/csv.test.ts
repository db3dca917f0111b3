import { describe, expect, it } from 'vitest';

import { csvCell, rejectionsCsv } from './csv';

describe('spreadsheet-safe CSV', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(12)).toBe('"12"');
    expect(csvCell(null)).toBe('""');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${lead}SUM(A1)`)).toBe(`"'${lead}SUM(A1)"`);
    }
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('writes a header and one line per rejection', () => {
    expect(rejectionsCsv([{ line: 4, reason: '=bad id' }])).toBe('"line","reason"\r\n"4","\'=bad id"\r\n');
  });
});
