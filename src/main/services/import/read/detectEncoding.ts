/**
 * Which encoding a file is in, and a sentence saying why (shown to the user).
 *
 * Order: byte-order mark → UTF-16 zero-byte pattern → validate the WHOLE file as UTF-8.
 * Validating the whole file matters: Excel's Windows-1252 exports are often pure ASCII for
 * megabytes and only the row with "café" or "€" further down gives them away.
 */
import { createReadStream } from 'node:fs';
import type { Encoding } from '../../../../shared/domain/import';
import { Utf8Validator } from './utf8Validator';

export interface EncodingGuess {
  encoding: Encoding;
  reason: string;
  /** Length of the byte-order mark at the start of the file (0 when there is none). */
  bomLength: number;
}

const VALIDATE_CHUNK = 4 * 1024 * 1024;
const UTF16_SAMPLE = 4096;

export function detectBom(head: Uint8Array): { encoding: Encoding; length: number } | null {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII has a zero byte in every other position
 * (odd positions for little-endian, even for big-endian). UTF-8 text almost never has zeros.
 */
export function guessUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(head.length, UTF16_SAMPLE) / 2);
  if (pairs < 2) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) zerosEven++;
    if (head[i + 1] === 0) zerosOdd++;
  }
  if (zerosOdd / pairs > 0.3 && zerosEven / pairs < 0.05) return 'utf-16le';
  if (zerosEven / pairs > 0.3 && zerosOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Absolute offset of the first invalid UTF-8 byte at or after `start`, or null if the rest of the file is valid. */
export async function findInvalidUtf8InFile(path: string, start = 0): Promise<number | null> {
  const validator = new Utf8Validator();
  const stream = createReadStream(path, { start, highWaterMark: VALIDATE_CHUNK });
  try {
    for await (const chunk of stream) {
      if (!validator.push(chunk as Buffer)) break;
    }
  } finally {
    stream.destroy();
  }
  validator.end();
  const at = validator.firstInvalidOffset;
  return at === null ? null : at + start;
}

function windows1252Reason(offset: number, bom: boolean): string {
  return `${bom ? 'UTF-8 byte-order mark, but ' : ''}not valid UTF-8 (first invalid byte at offset ${offset}); read as Windows-1252`;
}

/** `head` = the first bytes of the file (a few KiB are enough). */
export async function detectEncoding(path: string, head: Uint8Array): Promise<EncodingGuess> {
  const bom = detectBom(head);
  if (bom?.encoding === 'utf-16le') return { encoding: 'utf-16le', reason: 'UTF-16LE byte-order mark', bomLength: 2 };
  if (bom?.encoding === 'utf-16be') return { encoding: 'utf-16be', reason: 'UTF-16BE byte-order mark', bomLength: 2 };
  if (bom === null) {
    const utf16 = guessUtf16(head);
    if (utf16 === 'utf-16le') {
      return { encoding: utf16, reason: 'no byte-order mark, but zero bytes at odd positions look like UTF-16LE', bomLength: 0 };
    }
    if (utf16 === 'utf-16be') {
      return { encoding: utf16, reason: 'no byte-order mark, but zero bytes at even positions look like UTF-16BE', bomLength: 0 };
    }
  }
  const bomLength = bom ? 3 : 0;
  const invalidAt = await findInvalidUtf8InFile(path, bomLength);
  if (invalidAt !== null) return { encoding: 'windows-1252', reason: windows1252Reason(invalidAt, bom !== null), bomLength };
  return { encoding: 'utf-8', reason: bom ? 'UTF-8 byte-order mark' : 'valid UTF-8', bomLength };
}
