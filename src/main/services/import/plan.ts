/**
 * Deciding how to read a file: encoding, container, format preset and column mapping. Shared by
 * the preview (first rows only) and the import itself, so both always agree.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

import { ApiError } from '../../../shared/api/result';
import type { ColumnMapping, Container, Encoding, FormatId, ImportOptions } from '../../../shared/domain/import';
import {
  detectCsvFormat,
  detectJsonFormat,
  jsonRecordPaths,
  presetMapping,
  formatLabel,
} from './formats';
import { readHead } from './read/readSource';
import { sniffFile } from './read/sniff';
import type { JsonValue, ReadItem, SniffResult } from './read/types';

export interface ImportPlan {
  path: string;
  displayName: string;
  fileSize: number;
  sniff: SniffResult;
  container: Container;
  encoding: Encoding;
  delimiter: string | null;
  format: FormatId;
  formatLabel: string;
  formatReason: string;
  header: string[] | null;
  mapping: ColumnMapping;
  timezone: string;
  selectRecords?: (doc: JsonValue) => Array<Array<string | number>>;
  /** The first records, already read while planning (used by the preview). */
  head: ReadItem[];
}

export const PREVIEW_ROWS = 20;

export function assertTimezone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw new ApiError('VALIDATION', `"${zone}" is not a known IANA time zone (e.g. UTC, Europe/Amsterdam, America/New_York).`);
  }
}

export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const stat = await fs.stat(options.path).catch(() => null);
  if (!stat || !stat.isFile()) {
    throw new ApiError('UNREADABLE', `Cannot read ${options.path}: the file does not exist or is not a regular file.`);
  }
  const timezone = assertTimezone(options.timezone ?? 'UTC');
  const sniff = await sniffFile(options.path, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.container ? { container: options.container } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  }).catch((err: unknown) => {
    throw new ApiError('UNREADABLE', `Cannot read ${options.path}: ${err instanceof Error ? err.message : String(err)}`);
  });
  if (stat.size === 0) throw new ApiError('UNREADABLE', `${path.basename(options.path)} is empty.`);

  const head = await readHead(options.path, sniff, PREVIEW_ROWS).catch((err: unknown) => {
    throw new ApiError('UNREADABLE', `Cannot read ${path.basename(options.path)}: ${err instanceof Error ? err.message : String(err)}`);
  });

  let format: FormatId;
  let formatReason: string;
  let mapping: ColumnMapping = {};
  let selectRecords: ImportPlan['selectRecords'];
  let items = head.items;

  if (sniff.container === 'csv') {
    const header = head.header ?? [];
    if (header.length === 0) throw new ApiError('UNREADABLE', `${path.basename(options.path)} has no header row.`);
    const detected = detectCsvFormat(header);
    format = options.format ?? detected.format;
    formatReason = options.format && options.format !== detected.format ? 'chosen by you' : detected.reason;
    mapping = options.mapping ?? (options.format ? presetMapping(format, header) : detected.mapping);
  } else if (sniff.container === 'ndjson') {
    const records = items.filter((i) => i.kind === 'json').map((i) => i.value);
    const detected = detectJsonFormat({ container: 'ndjson', records });
    format = options.format ?? detected.format;
    formatReason = options.format && options.format !== detected.format ? 'chosen by you' : detected.reason;
  } else {
    const document = head.document;
    if (document === undefined) throw new ApiError('UNREADABLE', `${path.basename(options.path)} is not a JSON document.`);
    const detected = detectJsonFormat({ container: 'json', document });
    format = options.format ?? detected.format;
    formatReason = options.format && options.format !== detected.format ? 'chosen by you' : detected.reason;
    const chosen = format;
    selectRecords = (doc) => jsonRecordPaths(chosen, doc);
    // The head of a JSON document is the document itself; re-read its first records by path.
    items = (await readHead(options.path, sniff, PREVIEW_ROWS, selectRecords)).items;
  }

  return {
    path: options.path,
    displayName: options.displayName ?? path.basename(options.path),
    fileSize: stat.size,
    sniff,
    container: sniff.container,
    encoding: sniff.encoding,
    delimiter: sniff.container === 'csv' ? sniff.delimiter : null,
    format,
    formatLabel: formatLabel(format),
    formatReason,
    header: sniff.container === 'csv' ? (head.header ?? []) : null,
    mapping,
    timezone,
    ...(selectRecords ? { selectRecords } : {}),
    head: items,
  };
}
