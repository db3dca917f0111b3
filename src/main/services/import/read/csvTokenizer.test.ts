import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type CsvTokenizerOptions } from './csvTokenizer';

type Out = Array<{ line: number; fields: string[] } | { line: number; error: string }>;

/** Tokenises `text` pushed in pieces of `chunk` characters (0 = in one piece). */
function tokenize(text: string, chunk = 0, options: CsvTokenizerOptions = {}): Out {
  const out: Out = [];
  const t = new CsvTokenizer(
    { record: (fields, line) => out.push({ line, fields }), error: (line, error) => out.push({ line, error }) },
    options,
  );
  if (chunk > 0) for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk));
  else t.push(text);
  t.end();
  return out;
}

/** The same result for every chunk size 1..max, then that result. */
function tokenizeAnyChunking(text: string, options: CsvTokenizerOptions = {}, max = 24): Out {
  const whole = tokenize(text, 0, options);
  for (let size = 1; size <= max; size++) expect(tokenize(text, size, options), `chunk size ${size}`).toEqual(whole);
  return whole;
}

describe('CsvTokenizer', () => {
  it('reads CRLF files and never keeps a CR in a field', () => {
    expect(tokenizeAnyChunking('a,b\r\n1,2\r\n3,4\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('treats a lone CR as a line ending (old Mac files, mixed endings)', () => {
    expect(tokenizeAnyChunking('a,b\r\n1,2\r3,4\n5,6')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
      { line: 4, fields: ['5', '6'] },
    ]);
  });

  it('keeps newlines inside quotes and counts them as physical lines for later records', () => {
    const text = 'id,desc,n\n1,"first\nsecond\r\nthird",x\n2,"a\rb",y\n3,plain,z\n';
    expect(tokenizeAnyChunking(text)).toEqual([
      { line: 1, fields: ['id', 'desc', 'n'] },
      { line: 2, fields: ['1', 'first\nsecond\r\nthird', 'x'] },
      { line: 5, fields: ['2', 'a\rb', 'y'] },
      { line: 7, fields: ['3', 'plain', 'z'] },
    ]);
  });

  it('skips empty lines of every kind without producing records or errors', () => {
    expect(tokenizeAnyChunking('a,b\n\n1,2\r\n\r\n\r3,4\n\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 6, fields: ['3', '4'] },
    ]);
  });

  it('handles doubled quotes, empty quoted fields, literal quotes in unquoted fields and empty fields', () => {
    expect(tokenizeAnyChunking('a,b,c\n"say ""hi""","",5" screen\n,,\n"""",x,"a,b"')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['say "hi"', '', '5" screen'] },
      { line: 3, fields: ['', '', ''] },
      { line: 4, fields: ['"', 'x', 'a,b'] },
    ]);
  });

  it('appends text after a closing quote to the field (lenient) on a single-line record', () => {
    expect(tokenizeAnyChunking('a,b\n"ab"cd,e\n"x" y,z')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['abcd', 'e'] },
      { line: 3, fields: ['x y', 'z'] },
    ]);
  });

  it('passes NUL characters through unchanged', () => {
    expect(tokenizeAnyChunking('a,b\n1\u0000,"x\u0000y"\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1\u0000', 'x\u0000y'] },
    ]);
  });

  it('keeps multi-byte characters and a trailing delimiter at end of file', () => {
    expect(tokenizeAnyChunking('a,b\n😀,"日本"\nx,')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['😀', '日本'] },
      { line: 3, fields: ['x', ''] },
    ]);
  });

  it('reports an unterminated quote on row 5 and resumes on the next physical line', () => {
    const text = 'id,v\n1,a\n2,b\n3,c\n4,"never closed\n5,e\n6,f\n';
    expect(tokenizeAnyChunking(text)).toEqual([
      { line: 1, fields: ['id', 'v'] },
      { line: 2, fields: ['1', 'a'] },
      { line: 3, fields: ['2', 'b'] },
      { line: 4, fields: ['3', 'c'] },
      { line: 5, error: 'unterminated quoted field starting on line 5' },
      { line: 6, fields: ['5', 'e'] },
      { line: 7, fields: ['6', 'f'] },
    ]);
  });

  it('gives up on a quoted field beyond the line cap and resumes after its start line', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i + 6},r${i + 6}`).join('\n');
    const text = `id,v\n1,a\n2,b\n3,c\n4,"stray\n${rows}\n`;
    const out = tokenizeAnyChunking(text, { maxQuotedLines: 10 }, 16);
    expect(out[4]).toEqual({ line: 5, error: expect.stringMatching(/^unterminated quoted field starting on line 5 /) });
    expect(out.slice(5)).toEqual(Array.from({ length: 50 }, (_, i) => ({ line: i + 6, fields: [`${i + 6}`, `r${i + 6}`] })));
  });

  it('gives up on a quoted field beyond the size cap (memory stays bounded)', () => {
    const text = `id,v\n1,"${'x'.repeat(5000)}\n2,b\n`;
    const out = tokenizeAnyChunking(text, { maxQuotedChars: 1000 }, 8);
    expect(out).toEqual([
      { line: 1, fields: ['id', 'v'] },
      { line: 2, error: expect.stringMatching(/^unterminated quoted field starting on line 2 \(still open after 1,000 characters/) },
      { line: 3, fields: ['2', 'b'] },
    ]);
  });

  it('a complete quoted field within the caps is kept', () => {
    const big = 'y'.repeat(999);
    expect(tokenize(`a\n"${big}"\n`, 0, { maxQuotedChars: 1000 })).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [big] },
    ]);
  });

  it('reports a stray quote that pairs with a later row as unbalanced and loses only that row', () => {
    // Without the rule, row 3 would swallow rows 4-5 and come out with 3 plausible-looking fields.
    const text = 'id,desc,n\n1,ok,1\n2,"broken,2\n3,fine,3\n4,"quoted, text",4\n5,last,5\n';
    expect(tokenizeAnyChunking(text)).toEqual([
      { line: 1, fields: ['id', 'desc', 'n'] },
      { line: 2, fields: ['1', 'ok', '1'] },
      { line: 3, error: 'unbalanced quotes in the record starting on line 3 (it runs on to line 5)' },
      { line: 4, fields: ['3', 'fine', '3'] },
      { line: 5, fields: ['4', 'quoted, text', '4'] },
      { line: 6, fields: ['5', 'last', '5'] },
    ]);
  });

  it('padding after the closing quote of a multi-line field is not taken for unbalanced quotes', () => {
    expect(tokenizeAnyChunking('a,b\n"line 1\nline 2"  ,x\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['line 1\nline 2  ', 'x'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('skips the rest of an over-long line without a line break in sight, then continues', () => {
    const text = `a,b\n${'z'.repeat(300)}\n1,2\n`;
    const out = tokenizeAnyChunking(text, { maxRecordChars: 100 }, 12);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'record on line 2 is longer than 100 characters' },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('supports semicolon, tab and pipe delimiters', () => {
    expect(tokenize('a;b\n"1;2";3', 0, { delimiter: ';' })[1]).toEqual({ line: 2, fields: ['1;2', '3'] });
    expect(tokenize('a\tb\n1,5\t2', 0, { delimiter: '\t' })[1]).toEqual({ line: 2, fields: ['1,5', '2'] });
    expect(tokenize('a|b\n1|2', 0, { delimiter: '|' })[1]).toEqual({ line: 2, fields: ['1', '2'] });
  });

  it('rejects a delimiter it cannot use', () => {
    const sink = { record: () => {}, error: () => {} };
    expect(() => new CsvTokenizer(sink, { delimiter: '"' })).toThrow(/delimiter/);
    expect(() => new CsvTokenizer(sink, { delimiter: ';;' })).toThrow(/delimiter/);
  });

  it('matches a naive reference tokenizer on random CSV-like text in random chunkings', () => {
    let seed = 99;
    const rand = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const alphabet = ['a', 'b', ',', '"', '\n', '\r\n', '\r', ' ', 'é', '😀'];
    for (let round = 0; round < 400; round++) {
      // Well-formed records only, so the reference stays simple: quoted fields contain anything.
      const records: string[][] = [];
      for (let r = 0, nr = 1 + Math.floor(rand() * 6); r < nr; r++) {
        const fields: string[] = [];
        for (let f = 0, nf = 1 + Math.floor(rand() * 4); f < nf; f++) {
          let v = '';
          for (let k = 0, nk = Math.floor(rand() * 6); k < nk; k++) v += alphabet[Math.floor(rand() * alphabet.length)];
          fields.push(v);
        }
        if (fields.length === 1 && fields[0] === '') fields[0] = 'x'; // an empty line is no record
        records.push(fields);
      }
      const eols = ['\n', '\r\n', '\r'];
      let text = '';
      let line = 1;
      const expected: Out = [];
      for (const fields of records) {
        expected.push({ line, fields });
        const encoded = fields.map((v) => (/[",\r\n]/.test(v) || rand() < 0.2 ? `"${v.replace(/"/g, '""')}"` : v));
        text += encoded.join(',') + eols[Math.floor(rand() * 3)];
        for (const v of fields) line += (v.match(/\r\n|\r|\n/g) ?? []).length;
        line++;
      }
      expect(tokenizeAnyChunking(text, {}, 7), JSON.stringify(text)).toEqual(expected);
    }
  });
});
