/**
 * Reads a file as a stream of decoded text pieces: the one place that touches the disk for the
 * streaming readers. Every raw chunk goes to `onChunk` first (the caller hashes the file with it),
 * the abort signal is checked between chunks, and decoding is stateful across chunks.
 */
import { createReadStream } from 'node:fs';
import type { Encoding } from '../../../../shared/domain/import';
import { createDecoder } from './encoding';

/** 256 KiB: large enough that per-chunk overhead vanishes, small enough for smooth progress. */
export const DEFAULT_CHUNK_BYTES = 256 * 1024;

export interface FileTextOptions {
  path: string;
  encoding: Encoding;
  signal?: AbortSignal;
  onChunk?: (raw: Buffer) => void;
  /** Read chunk size in bytes (tests use tiny values to put chunk boundaries everywhere). */
  highWaterMark?: number;
  /**
   * Line-based readers: end each text piece after the last line feed of its chunk where possible.
   * The bytes after it are carried into the next piece, so a record rarely straddles two pieces
   * and the tokenizer can scan each decoded piece as it is, instead of gluing a leftover record
   * onto the next 256 KiB string (a copy per chunk, or a slow rope; ~30% of CSV read time).
   */
  alignToLines?: boolean;
}

/** Above this, a line is simply long: stop carrying it and let the line reader buffer it. */
const MAX_LINE_CARRY = 1024 * 1024;

/**
 * Index just past the last LF in `bytes`, or -1. Only for encodings where byte 0x0A is always a
 * line feed: UTF-8 (it never occurs inside a multi-byte sequence) and Windows-1252.
 */
function afterLastLineFeed(bytes: Buffer): number {
  const i = bytes.lastIndexOf(0x0a);
  return i === -1 ? -1 : i + 1;
}

export interface TextPiece {
  text: string;
  /** Bytes of the file read so far, this piece included. */
  bytesRead: number;
}

export function abortError(): Error {
  const err = new Error('The import was cancelled');
  err.name = 'AbortError';
  return err;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

export async function* readFileText(o: FileTextOptions): AsyncGenerator<TextPiece> {
  throwIfAborted(o.signal);
  const decoder = createDecoder(o.encoding);
  const stream = createReadStream(o.path, { highWaterMark: o.highWaterMark ?? DEFAULT_CHUNK_BYTES });
  const align = o.alignToLines === true && (o.encoding === 'utf-8' || o.encoding === 'windows-1252');
  let carry: Buffer | null = null;
  let bytesRead = 0;
  try {
    for await (const chunk of stream) {
      throwIfAborted(o.signal);
      const raw = chunk as Buffer;
      bytesRead += raw.length;
      o.onChunk?.(raw);
      let bytes: Buffer = carry ? Buffer.concat([carry, raw]) : raw;
      carry = null;
      if (align) {
        const cut = afterLastLineFeed(bytes);
        if (cut > 0 && cut < bytes.length && bytes.length - cut <= MAX_LINE_CARRY) {
          carry = Buffer.from(bytes.subarray(cut)); // a copy: the stream may reuse its buffer
          bytes = bytes.subarray(0, cut);
        }
      }
      const text = decoder.write(bytes);
      if (text.length > 0) yield { text, bytesRead };
    }
    throwIfAborted(o.signal);
    const tail = carry ? decoder.write(carry) : '';
    const rest = tail + decoder.end();
    if (rest.length > 0) yield { text: rest, bytesRead };
  } finally {
    // Also runs when the consumer stops early (readHead) or throws: release the file handle.
    stream.destroy();
  }
}
