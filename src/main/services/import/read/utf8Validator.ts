/**
 * Streaming UTF-8 validation that reports the absolute byte offset of the first ill-formed
 * sequence. `buffer.isUtf8` (SIMD, several GB/s) checks the bulk of every chunk; the slow
 * byte-by-byte scan below runs only on a chunk already known to be invalid, to find the offset.
 *
 * A multi-byte sequence may be split across chunks: up to 3 trailing bytes of an incomplete
 * sequence are carried over and checked together with the start of the next chunk.
 */
import { isUtf8 } from 'node:buffer';

const EMPTY = Buffer.alloc(0);

/** Length of the sequence a lead byte announces, or 0 when the byte cannot start a sequence. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** How many bytes at the end of `buf` are the start of a sequence that continues in the next chunk. */
function incompleteTailLength(buf: Buffer): number {
  const n = buf.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = buf[n - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const len = sequenceLength(b);
    return len > k ? k : 0;
  }
  return 0;
}

/**
 * Whether `bytes` (shorter than the sequence its first byte announces) can still become a valid
 * sequence: the decoder must not be handed a prefix that is already broken.
 */
function isValidPrefix(bytes: Uint8Array): boolean {
  const lead = bytes[0]!;
  if (sequenceLength(lead) <= bytes.length) return false;
  for (let k = 1; k < bytes.length; k++) {
    const b = bytes[k]!;
    if (k === 1) {
      const [lo, hi] = secondByteRange(lead);
      if (b < lo || b > hi) return false;
    } else if ((b & 0xc0) !== 0x80) return false;
  }
  return true;
}

/** Allowed range of the byte after a lead byte; this is what excludes overlongs and surrogates. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * Index of the first byte of the first ill-formed sequence in `buf` (WHATWG / Unicode rules:
 * no overlongs, no surrogates, nothing above U+10FFFF), or -1 if every sequence is well formed.
 * A sequence cut off by the end of the buffer counts as ill-formed.
 */
export function findInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(b);
    if (len === 0 || i + len > n) return i;
    const b1 = buf[i + 1]!;
    const [lo, hi] = secondByteRange(b);
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k < len; k++) {
      if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return -1;
}

export class Utf8Validator {
  private carry: Buffer = EMPTY;
  /** Absolute offset of the first byte not yet validated (the carry starts here). */
  private offset = 0;
  private invalid: number | null = null;

  /** Absolute offset of the first ill-formed sequence, or null while everything seen is valid. */
  get firstInvalidOffset(): number | null {
    return this.invalid;
  }

  /** Validates the next chunk; returns false once an invalid sequence has been seen. */
  push(chunk: Buffer): boolean {
    if (this.invalid !== null) return false;
    let body = chunk;
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0]!) - this.carry.length;
      if (chunk.length < need) {
        this.carry = Buffer.concat([this.carry, chunk]);
        if (!isValidPrefix(this.carry)) this.invalid = this.offset;
        return this.invalid === null;
      }
      const seq = Buffer.concat([this.carry, chunk.subarray(0, need)]);
      if (!isUtf8(seq)) {
        this.invalid = this.offset;
        return false;
      }
      this.offset += seq.length;
      this.carry = EMPTY;
      body = chunk.subarray(need);
    }
    const tail = incompleteTailLength(body);
    const main = tail > 0 ? body.subarray(0, body.length - tail) : body;
    if (!isUtf8(main)) {
      this.invalid = this.offset + Math.max(0, findInvalidUtf8(main));
      return false;
    }
    this.offset += main.length;
    // Copy: the caller may reuse the chunk's memory.
    this.carry = tail > 0 ? Buffer.from(body.subarray(body.length - tail)) : EMPTY;
    if (tail > 0 && !isValidPrefix(this.carry)) {
      this.invalid = this.offset;
      return false;
    }
    return true;
  }

  /** Call at end of input: a sequence still incomplete here is truncated, hence invalid. */
  end(): boolean {
    if (this.invalid === null && this.carry.length > 0) this.invalid = this.offset;
    return this.invalid === null;
  }
}
