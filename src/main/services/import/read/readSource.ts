/**
 * Entry points of the file readers: stream a whole file as batches of ReadItems (import), or
 * quickly read its first records (preview).
 */
import type { Container, Encoding } from '../../../../shared/domain/import';
import { CsvRows } from './csvRows';
import { readCsvSource } from './csvSource';
import { CsvTokenizer } from './csvTokenizer';
import { normaliseDelimiter } from './delimiterName';
import { readFileText } from './fileText';
import { jsonDocumentItems, loadJsonDocument, readJsonDocumentSource, type SelectRecords } from './jsonDocument';
import { NdjsonReader } from './ndjson';
import { readNdjsonSource } from './ndjsonSource';
import type { JsonValue, ReadBatch, ReadItem, SniffResult } from './types';

export interface ReadSourceOptions {
  path: string;
  container: Container;
  encoding: Encoding;
  delimiter?: string | null;
  /** Abort → the generator throws an Error with name 'AbortError'. */
  signal?: AbortSignal;
  /** Every raw byte chunk as read from disk, in order (the caller sha256-hashes the file with it). */
  onChunk?: (raw: Buffer) => void;
  /**
   * Container 'json' only: paths (keys / array indexes from the document root) of the records
   * inside the parsed document. Default: the document itself is one record.
   */
  selectRecords?: SelectRecords;
  /** Read chunk size in bytes. Default 256 KiB; tests use tiny values to exercise chunk boundaries. */
  highWaterMark?: number;
}

/**
 * Streams the file as batches of roughly 2–5k items. The first batch of a CSV carries `header`
 * (byte-order mark removed, names trimmed). Errors that make the whole file unreadable (invalid
 * UTF-8 when reading as UTF-8, JSON document syntax error, document too large) are thrown.
 */
export async function* readSource(o: ReadSourceOptions): AsyncGenerator<ReadBatch & { header?: string[] }> {
  switch (o.container) {
    case 'csv':
      yield* readCsvSource(o);
      return;
    case 'ndjson':
      yield* readNdjsonSource(o);
      return;
    case 'json':
      yield* readJsonDocumentSource(o);
      return;
  }
}

export interface HeadResult {
  header?: string[];
  items: ReadItem[];
  /** Container 'json': the parsed document, so the caller can choose selectRecords. */
  document?: JsonValue;
}

/** Preview reads are small; a smaller chunk gets the first rows of a huge file faster. */
const HEAD_CHUNK_BYTES = 64 * 1024;

/**
 * The first `maxRecords` records (error items included) without reading the whole file; a JSON
 * document is necessarily parsed whole and returned as `document`.
 */
export async function readHead(
  path: string,
  sniff: SniffResult,
  maxRecords: number,
  selectRecords?: SelectRecords,
): Promise<HeadResult> {
  const textOptions = { path, encoding: sniff.encoding, highWaterMark: HEAD_CHUNK_BYTES, alignToLines: true };

  if (sniff.container === 'json') {
    const loaded = await loadJsonDocument(textOptions);
    const paths = selectRecords ? selectRecords(loaded.document).slice(0, maxRecords) : [[]];
    return { items: jsonDocumentItems(loaded, paths).slice(0, maxRecords), document: loaded.document };
  }

  const items: ReadItem[] = [];
  if (sniff.container === 'ndjson') {
    const reader = new NdjsonReader();
    for await (const piece of readFileText(textOptions)) {
      reader.push(piece.text);
      items.push(...reader.drain());
      if (items.length >= maxRecords) return { items: items.slice(0, maxRecords) };
    }
    reader.end();
    items.push(...reader.drain());
    return { items: items.slice(0, maxRecords) };
  }

  const rows = new CsvRows();
  const tokenizer = new CsvTokenizer(rows, { delimiter: normaliseDelimiter(sniff.delimiter) });
  const result = (): HeadResult => ({
    ...(rows.header !== null ? { header: rows.header } : {}),
    items: items.slice(0, maxRecords),
  });
  for await (const piece of readFileText(textOptions)) {
    tokenizer.push(piece.text);
    items.push(...rows.drain());
    // Stopping early leaves an unfinished record in the tokenizer: it is simply not reported.
    if (items.length >= maxRecords) return result();
  }
  tokenizer.end();
  items.push(...rows.drain());
  return result();
}
