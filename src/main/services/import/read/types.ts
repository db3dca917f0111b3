/** What the file readers hand to the format mappers. */
import type { Container, Encoding } from '../../../../shared/domain/import';

/** A JSON value parsed losslessly: integers outside the safe range arrive as strings of digits. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type ReadItem =
  /** A CSV data row: values in header order; `line` = physical line the record starts on (header = 1). */
  | { kind: 'csv'; line: number; values: string[] }
  /** A JSON record: NDJSON line or an item inside a JSON document; `raw` is its exact source text. */
  | { kind: 'json'; line: number; value: JsonValue; raw: string }
  /** A record the reader could not read (wrong field count, unterminated quote, invalid JSON line…). */
  | { kind: 'error'; line: number; reason: string };

export interface ReadBatch {
  items: ReadItem[];
  /** Bytes of the file consumed so far (for progress). */
  bytesRead: number;
}

export interface SniffResult {
  encoding: Encoding;
  /** Human-readable: "UTF-8 byte-order mark", "valid UTF-8", "not valid UTF-8 at byte 1234; read as Windows-1252"… */
  encodingReason: string;
  container: Container;
  containerReason: string;
  /** CSV only. */
  delimiter: string | null;
  fileSize: number;
}
