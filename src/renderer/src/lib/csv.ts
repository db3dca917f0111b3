/**
 * CSV that opens safely in spreadsheets: every cell quoted, and cells that a spreadsheet would run as
 * a formula (leading =, +, -, @, tab or carriage return) prefixed with an apostrophe.
 */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_LEAD.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function rejectionsCsv(rejections: ReadonlyArray<{ line: number; reason: string }>): string {
  return toCsv(
    ['line', 'reason'],
    rejections.map((r) => [r.line, r.reason]),
  );
}
