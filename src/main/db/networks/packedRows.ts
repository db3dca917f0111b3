/**
 * Reads two integer columns fast. better-sqlite3 spends most of its per-row time building row
 * objects or arrays; letting SQLite pack both integers into one number (`a * M + b`) and reading a
 * plucked column is 2–3× faster than `.raw().iterate()` (measured: 3.5M hashtag links in 0.6 s).
 * Packing is exact while (maxA + 1) * M stays below 2^53; otherwise rows are read unpacked.
 */
import type { Db } from '../connection';

export interface IntPairs {
  a: Int32Array;
  b: Int32Array;
}

const SAFE = 2 ** 53;

/**
 * Runs `SELECT <a>, <b> FROM <rest>` and returns both columns. `a` and `b` are SQL expressions
 * that are non-negative integers no larger than maxA / maxB.
 */
export function readIntPairs(
  db: Db,
  query: { a: string; b: string; rest: string; params: ReadonlyArray<string | number> },
  maxA: number,
  maxB: number,
): IntPairs {
  const m = maxB + 1;
  if ((maxA + 1) * m < SAFE) {
    const packed = db.prepare(`SELECT ${query.a} * ${m} + ${query.b} FROM ${query.rest}`).pluck().all(...query.params) as number[];
    const a = new Int32Array(packed.length);
    const b = new Int32Array(packed.length);
    for (let i = 0; i < packed.length; i++) {
      const v = packed[i]!;
      const hi = Math.floor(v / m);
      a[i] = hi;
      b[i] = v - hi * m;
    }
    return { a, b };
  }
  const rows = db.prepare(`SELECT ${query.a}, ${query.b} FROM ${query.rest}`).raw().all(...query.params) as Array<[number, number]>;
  const a = new Int32Array(rows.length);
  const b = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    a[i] = rows[i]![0];
    b[i] = rows[i]![1];
  }
  return { a, b };
}

/** max(column) of a table, 0 when empty. */
export function maxId(db: Db, table: string, column: string): number {
  return (db.prepare(`SELECT coalesce(max(${column}), 0) FROM ${table}`).pluck().get() as number) ?? 0;
}
