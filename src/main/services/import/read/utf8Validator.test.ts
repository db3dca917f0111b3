import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { findInvalidUtf8, Utf8Validator } from './utf8Validator';

/** Small deterministic PRNG so failures reproduce. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function validateInChunks(bytes: Buffer, size: number): number | null {
  const v = new Utf8Validator();
  for (let i = 0; i < bytes.length; i += size) if (!v.push(bytes.subarray(i, i + size))) break;
  v.end();
  return v.firstInvalidOffset;
}

describe('findInvalidUtf8', () => {
  it('agrees with buffer.isUtf8 on random byte soup biased towards UTF-8 edge cases', () => {
    const rand = lcg(7);
    const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff];
    for (let round = 0; round < 5000; round++) {
      const len = 1 + Math.floor(rand() * 8);
      const bytes = Buffer.from(Array.from({ length: len }, () => interesting[Math.floor(rand() * interesting.length)]!));
      expect(findInvalidUtf8(bytes) === -1, bytes.toString('hex')).toBe(isUtf8(bytes));
    }
  });

  it('points at the first byte of the ill-formed sequence', () => {
    expect(findInvalidUtf8(Buffer.from('abc'))).toBe(-1);
    expect(findInvalidUtf8(Buffer.from([0x61, 0x62, 0xe9, 0x63]))).toBe(2); // Latin-1 é
    expect(findInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82, 0x41]))).toBe(1); // truncated €
    expect(findInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0); // overlong '/'
    expect(findInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
    expect(findInvalidUtf8(Buffer.from([0x41, 0xf0, 0x9f, 0x98]))).toBe(1); // cut-off emoji at the end
  });
});

describe('Utf8Validator', () => {
  const text = Buffer.from('Grüße 😀 €uro — ✨ naïve 日本語 '.repeat(20));

  it('accepts valid text whatever the chunk size, including sequences split across chunks', () => {
    for (let size = 1; size <= 64; size++) expect(validateInChunks(text, size)).toBeNull();
  });

  it('reports the absolute offset of an invalid byte whatever the chunk size', () => {
    const bad = Buffer.concat([text, Buffer.from([0x93]), text]);
    for (let size = 1; size <= 64; size++) expect(validateInChunks(bad, size)).toBe(text.length);
  });

  it('reports a sequence broken across a chunk boundary at its lead byte', () => {
    const bad = Buffer.concat([Buffer.from('abc'), Buffer.from([0xe2, 0x82]), Buffer.from('xyz')]);
    for (let size = 1; size <= 8; size++) expect(validateInChunks(bad, size)).toBe(3);
  });

  it('finds the same offset as a whole-buffer scan on random bytes in random chunk sizes', () => {
    const rand = lcg(11);
    const pool = [0x41, 0x0a, 0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xe0, 0xed, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90];
    for (let round = 0; round < 3000; round++) {
      const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pool[Math.floor(rand() * pool.length)]!));
      const whole = findInvalidUtf8(bytes);
      const size = 1 + Math.floor(rand() * 5);
      expect(validateInChunks(bytes, size), `${bytes.toString('hex')} / ${size}`).toBe(whole === -1 ? null : whole);
    }
  });

  it('treats a sequence cut off by the end of input as invalid', () => {
    const bad = Buffer.concat([Buffer.from('abc'), Buffer.from([0xf0, 0x9f, 0x98])]);
    for (let size = 1; size <= 8; size++) expect(validateInChunks(bad, size)).toBe(3);
  });
});
