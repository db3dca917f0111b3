import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sniffFile } from './sniff';

const dir = mkdtempSync(join(tmpdir(), 'tokscope-sniff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${counter++}`);
  writeFileSync(path, content);
  return path;
}

const CSV = 'id,desc\n1,"Grüße, 😀"\n2,plain\n';

describe('sniffFile: encoding', () => {
  it('UTF-8 byte-order mark', async () => {
    const r = await sniffFile(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)])));
    expect(r).toMatchObject({ encoding: 'utf-8', container: 'csv', delimiter: ',' });
    expect(r.encodingReason).toContain('byte-order mark');
  });

  it('UTF-16LE and UTF-16BE byte-order marks, and the rest of the sniff works on the decoded text', async () => {
    const le = await sniffFile(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\n1;2\n', 'utf16le')])));
    expect(le).toMatchObject({ encoding: 'utf-16le', container: 'csv', delimiter: ';' });
    expect(le.encodingReason).toBe('UTF-16LE byte-order mark');
    const be = await sniffFile(file(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{"a":1}\n{"a":2}\n', 'utf16le').swap16()])));
    expect(be).toMatchObject({ encoding: 'utf-16be', container: 'ndjson' });
    expect(be.encodingReason).toBe('UTF-16BE byte-order mark');
  });

  it('UTF-16 without a byte-order mark, from the zero-byte pattern', async () => {
    expect((await sniffFile(file(Buffer.from(CSV, 'utf16le')))).encoding).toBe('utf-16le');
    expect((await sniffFile(file(Buffer.from(CSV, 'utf16le').swap16()))).encoding).toBe('utf-16be');
  });

  it('valid UTF-8 without a byte-order mark', async () => {
    expect(await sniffFile(file(CSV))).toMatchObject({ encoding: 'utf-8', encodingReason: 'valid UTF-8' });
  });

  it('checks the whole file: an invalid byte far beyond the head means Windows-1252, with its offset', async () => {
    const ascii = Buffer.from('id,desc\n' + '1,plain ascii row\n'.repeat(20_000));
    const path = file(Buffer.concat([ascii, Buffer.from([0x32, 0x2c, 0x63, 0x61, 0x66, 0xe9, 0x0a])]));
    const r = await sniffFile(path);
    expect(r.encoding).toBe('windows-1252');
    expect(r.encodingReason).toBe(`not valid UTF-8 (first invalid byte at offset ${ascii.length + 5}); read as Windows-1252`);
  });

  it('a UTF-8 byte-order mark followed by invalid UTF-8 is read as Windows-1252 and says so', async () => {
    const r = await sniffFile(file(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x80, 0x0a])));
    expect(r.encoding).toBe('windows-1252');
    expect(r.encodingReason).toBe('UTF-8 byte-order mark, but not valid UTF-8 (first invalid byte at offset 5); read as Windows-1252');
  });

  it('an encoding chosen by the user wins', async () => {
    const r = await sniffFile(file(CSV), { encoding: 'windows-1252' });
    expect(r).toMatchObject({ encoding: 'windows-1252', encodingReason: 'Windows-1252 (chosen by you)' });
  });
});

describe('sniffFile: container', () => {
  it('NDJSON: the first line is a whole object and the next non-empty line starts with {', async () => {
    expect(await sniffFile(file('{"id":1}\r\n\r\n{"id":2}\n'))).toMatchObject({
      container: 'ndjson',
      containerReason: 'one JSON object per line',
      delimiter: null,
    });
  });

  it('NDJSON whose first line is longer than the first sniffing window', async () => {
    const long = JSON.stringify({ id: 1, pad: 'x'.repeat(300_000) });
    expect((await sniffFile(file(`${long}\n{"id":2}\n`))).container).toBe('ndjson');
  });

  it('JSON document: pretty-printed object, array, a single one-line object, and a long minified dump', async () => {
    for (const text of [
      '{\n  "data": {"videos": []}\n}\n',
      '  [{"id":1},\n{"id":2}]',
      '{"id":1}\n',
      JSON.stringify({ collector: Array.from({ length: 3000 }, (_, i) => ({ id: String(i), text: 'x'.repeat(100) })) }),
    ]) {
      const r = await sniffFile(file(text));
      expect(r.container, text.slice(0, 30)).toBe('json');
      expect(r.containerReason).toBe('a single JSON document');
    }
  });

  it('anything else is delimited text, with the delimiter in the reason', async () => {
    expect(await sniffFile(file(CSV))).toMatchObject({ container: 'csv', containerReason: 'comma-separated text' });
    expect(await sniffFile(file('a\tb\n1\t2\n'))).toMatchObject({ containerReason: 'tab-separated text', delimiter: '\t' });
  });

  it('an empty file is CSV and says it is empty', async () => {
    expect(await sniffFile(file(''))).toMatchObject({ container: 'csv', containerReason: 'empty file; read as comma-separated text', fileSize: 0 });
  });

  it('container and delimiter chosen by the user win', async () => {
    expect(await sniffFile(file(CSV), { container: 'ndjson' })).toMatchObject({ container: 'ndjson', containerReason: 'NDJSON (chosen by you)' });
    expect(await sniffFile(file(CSV), { delimiter: '\\t' })).toMatchObject({
      delimiter: '\t',
      containerReason: 'tab-separated text (delimiter chosen by you)',
    });
  });
});

describe('sniffFile: delimiter', () => {
  const cases: Array<[string, string, string]> = [
    ['semicolons with decimal commas (German Excel)', 'id;views;rate\n1;1,5;2,5\n2;3,0;4,5\n', ';'],
    ['commas with semicolons inside quoted text', 'id,desc,n\n1,"a;b;c;d",2\n2,"x;y",3\n', ','],
    ['pipes', 'id|desc\n1|a, b\n2|c\n', '|'],
    ['tabs with commas in text', 'id\tdesc\n1\ta, b, c\n2\tno commas\n', '\t'],
    ['a single column', 'video_id\n123\n456\n', ','],
    ['a tie between candidates goes to comma', 'a,b;c\n1,2;3\n', ','],
  ];
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      expect((await sniffFile(file(text))).delimiter).toBe(expected);
    });
  }
});
