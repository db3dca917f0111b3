/**
 * Stateful byte → text decoding for the supported encodings.
 *
 * Every decoder is streaming: a character split across two read chunks is held back until its
 * last byte arrives, so chunk boundaries never produce U+FFFD. A leading byte-order mark is
 * dropped, so it can never become part of the first CSV header field or the first NDJSON line.
 *
 * UTF-8 is decoded strictly: an invalid byte raises InvalidUtf8Error naming its offset instead
 * of silently turning into U+FFFD (the user can then choose Windows-1252).
 * Windows-1252 goes through iconv-lite's table, because Node 20's TextDecoder('windows-1252')
 * maps 0x80–0x9F to C1 controls instead of € “ ” ’ (nodejs/node#56542).
 */
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import type { Encoding } from '../../../../shared/domain/import';
import { Utf8Validator } from './utf8Validator';

export interface StreamDecoder {
  /** Decodes the next chunk; returns the text of every character completed so far. */
  write(chunk: Buffer): string;
  /** Flushes what is left at end of input. */
  end(): string;
}

export class InvalidUtf8Error extends Error {
  constructor(readonly byteOffset: number) {
    super(
      `The file is not valid UTF-8: invalid byte at offset ${byteOffset}. ` +
        'Read it as Windows-1252 (or another encoding) instead.',
    );
    this.name = 'InvalidUtf8Error';
  }
}

export const ENCODING_LABELS: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

class Utf8Decoder implements StreamDecoder {
  private readonly validator = new Utf8Validator();
  // ignoreBOM:false = the decoder consumes one leading BOM itself.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

  write(chunk: Buffer): string {
    // Validate before decoding so an invalid byte never reaches the decoder's output.
    if (!this.validator.push(chunk)) throw new InvalidUtf8Error(this.validator.firstInvalidOffset ?? 0);
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    if (!this.validator.end()) throw new InvalidUtf8Error(this.validator.firstInvalidOffset ?? 0);
    return this.decoder.decode();
  }
}

class Utf16Decoder implements StreamDecoder {
  private readonly decoder: TextDecoder;
  constructor(encoding: 'utf-16le' | 'utf-16be') {
    this.decoder = new TextDecoder(encoding, { ignoreBOM: false });
  }
  write(chunk: Buffer): string {
    return this.decoder.decode(chunk, { stream: true });
  }
  end(): string {
    return this.decoder.decode();
  }
}

const UTF8_BOM_AS_1252 = 'ï»¿';

/**
 * Single-byte, so no state is needed between chunks, except to drop a UTF-8 BOM (EF BB BF) at the
 * very start: a file with a UTF-8 BOM but invalid UTF-8 further on is read as Windows-1252, and
 * those three bytes would otherwise show up as "ï»¿" in the first header field.
 */
class Windows1252Decoder implements StreamDecoder {
  private head = ''; // decoded text held back until it is known whether it starts with the BOM
  private started = false;

  write(chunk: Buffer): string {
    const text = iconv.decode(chunk, 'windows-1252');
    if (this.started) return text;
    this.head += text;
    if (this.head.length < UTF8_BOM_AS_1252.length && UTF8_BOM_AS_1252.startsWith(this.head)) return '';
    return this.release();
  }

  end(): string {
    return this.started ? '' : this.release();
  }

  private release(): string {
    this.started = true;
    const out = this.head.startsWith(UTF8_BOM_AS_1252) ? this.head.slice(UTF8_BOM_AS_1252.length) : this.head;
    this.head = '';
    return out;
  }
}

export function createDecoder(encoding: Encoding): StreamDecoder {
  switch (encoding) {
    case 'utf-8':
      return new Utf8Decoder();
    case 'utf-16le':
    case 'utf-16be':
      return new Utf16Decoder(encoding);
    case 'windows-1252':
      return new Windows1252Decoder();
  }
}

/**
 * Lenient decode of the first bytes of a file, for sniffing only: an incomplete character at the
 * end of the sample is dropped and invalid bytes become U+FFFD instead of throwing.
 */
export function decodeSample(bytes: Buffer, encoding: Encoding): string {
  if (encoding === 'windows-1252') {
    const text = iconv.decode(bytes, 'windows-1252');
    return text.startsWith(UTF8_BOM_AS_1252) ? text.slice(UTF8_BOM_AS_1252.length) : text;
  }
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes, { stream: true });
}
