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
  let bytesRead = 0;
  try {
    for await (const chunk of stream) {
      throwIfAborted(o.signal);
      const raw = chunk as Buffer;
      bytesRead += raw.length;
      o.onChunk?.(raw);
      const text = decoder.write(raw);
      if (text.length > 0) yield { text, bytesRead };
    }
    throwIfAborted(o.signal);
    const rest = decoder.end();
    if (rest.length > 0) yield { text: rest, bytesRead };
  } finally {
    // Also runs when the consumer stops early (readHead) or throws: release the file handle.
    stream.destroy();
  }
}
