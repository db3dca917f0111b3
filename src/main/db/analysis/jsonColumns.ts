/**
 * Reads whole columns in one statement. better-sqlite3 spends most of its per-row time building
 * JavaScript rows; letting SQLite aggregate each column into one JSON array and parsing that with
 * V8's native JSON.parse moves a million-row column in tens of milliseconds.
 */
import type { Db } from '../connection';

export type JsonColumn = Array<number | null>;

/**
 * Runs `SELECT json_group_array(<e1>), json_group_array(<e2>)… FROM <from>` and returns the parsed
 * columns, element i of every column coming from the same row. Expressions must yield integers or
 * NULL (REAL values would be printed with limited precision).
 */
export function readJsonColumns(db: Db, expressions: readonly string[], from: string, params: ReadonlyArray<string | number> = []): JsonColumn[] {
  const select = expressions.map((e) => `json_group_array(${e})`).join(', ');
  const row = db.prepare(`SELECT ${select} FROM ${from}`).raw().get(...params) as string[] | undefined;
  if (!row) return expressions.map(() => []);
  return row.map((text) => JSON.parse(text) as JsonColumn);
}

export function toInt32(column: JsonColumn, missing: number): Int32Array {
  const out = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    out[i] = v === null || v === undefined ? missing : v;
  }
  return out;
}

/** NaN stands for NULL (a missing count or time). */
export function toFloat64(column: JsonColumn): Float64Array {
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    out[i] = v === null || v === undefined ? Number.NaN : v;
  }
  return out;
}
