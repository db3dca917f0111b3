import { rawRecordText } from '../../lib/prettyJson';

/**
 * A source record as readable text. CSV rows are stored as the list of values in file order; with
 * the dataset's header they are shown as "column": "value" pairs, which is how a researcher reads
 * them. CSV values are always strings, so parsing them cannot round any number.
 */
export function sourceRecordText(raw: unknown, csvColumns: readonly string[] | null): string {
  const values = csvColumns ? csvValues(raw) : null;
  if (!values || !csvColumns) return rawRecordText(raw);
  const record: Record<string, string> = {};
  values.forEach((value, i) => {
    record[csvColumns[i] ?? `(column ${i + 1})`] = value;
  });
  return JSON.stringify(record, null, 2);
}

function csvValues(raw: unknown): string[] | null {
  let value = raw;
  if (typeof raw === 'string') {
    if (!raw.trimStart().startsWith('[')) return null;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}
