import { describe, expect, it } from 'vitest';
import { createDecoder, InvalidUtf8Error } from './encoding';
import type { Encoding } from '../../../../shared/domain/import';

const TEXT = 'video_id,desc\n1,"Grüße aus Köln 😀🔥 ❤️ naïve — “quoted” €5 日本語 fypシ"\n2,Ωμέγα ✨👀\n'.repeat(30);

function encode(text: string, encoding: Encoding, bom = false): Buffer {
  let body: Buffer;
  if (encoding === 'utf-8') body = Buffer.from(text, 'utf8');
  else if (encoding === 'utf-16le') body = Buffer.from(text, 'utf16le');
  else if (encoding === 'utf-16be') body = Buffer.from(text, 'utf16le').swap16();
  else throw new Error('not used');
  const marks: Record<string, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };
  return bom ? Buffer.concat([Buffer.from(marks[encoding]!), body]) : body;
}

function decodeInChunks(bytes: Buffer, encoding: Encoding, size: number): string {
  const d = createDecoder(encoding);
  let out = '';
  for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
  return out + d.end();
}

describe('createDecoder', () => {
  for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
    it(`${encoding}: every chunk size 1..64 gives the whole-file text, never U+FFFD`, () => {
      const bytes = encode(TEXT, encoding);
      for (let size = 1; size <= 64; size++) {
        const out = decodeInChunks(bytes, encoding, size);
        expect(out.includes('\uFFFD'), `chunk size ${size}`).toBe(false);
        expect(out).toBe(TEXT);
      }
    });

    it(`${encoding}: drops the byte-order mark, even when it arrives one byte at a time`, () => {
      const bytes = encode('a,b\n', encoding, true);
      expect(decodeInChunks(bytes, encoding, 1)).toBe('a,b\n');
      expect(decodeInChunks(bytes, encoding, 1024)).toBe('a,b\n');
    });
  }

  it('windows-1252: 0x80-0x9F are the Windows characters (€ “ ” ’), not C1 controls', () => {
    const out = decodeInChunks(Buffer.from([0x80, 0x93, 0x94, 0x92, 0x20, 0x63, 0x61, 0x66, 0xe9]), 'windows-1252', 1);
    expect([...out].map((c) => c.codePointAt(0))).toEqual([0x20ac, 0x201c, 0x201d, 0x2019, 0x20, 0x63, 0x61, 0x66, 0xe9]);
  });

  it('windows-1252: a leading UTF-8 byte-order mark is dropped, other leading bytes are kept', () => {
    const withBom = Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x80]);
    for (const size of [1, 2, 3, 7]) expect(decodeInChunks(withBom, 'windows-1252', size)).toBe('a,b€');
    expect(decodeInChunks(Buffer.from([0xef, 0x61]), 'windows-1252', 1)).toBe('ïa');
    expect(decodeInChunks(Buffer.from([0xef]), 'windows-1252', 1)).toBe('ï');
  });

  it('utf-8 on invalid bytes throws an error naming the byte offset, whatever the chunk size', () => {
    const good = Buffer.from('id,name\n1,Zoë\n');
    const bytes = Buffer.concat([good, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]); // "Café" in Windows-1252
    for (const size of [1, 3, 5, 16, 1024]) {
      let caught: unknown;
      try {
        decodeInChunks(bytes, 'utf-8', size);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(InvalidUtf8Error);
      expect((caught as InvalidUtf8Error).byteOffset).toBe(good.length + 3);
      expect((caught as Error).message).toContain(`offset ${good.length + 3}`);
    }
  });
});
