/**
 * Multi-row INSERTs: rows are buffered and written `rowsPerStatement` at a time with one prepared
 * `INSERT … VALUES (…), (…), …` statement. Each statement execution has a fixed cost in the
 * driver and in SQLite; paying it once per 100+ rows instead of once per row is most of the
 * speed of a bulk import's child tables (hashtag links, text, provenance).
 */
import type Database from 'better-sqlite3';

import type { Db } from '../connection';

export class RowBuffer {
  private values: unknown[] = [];
  private rows = 0;
  private readonly statements = new Map<number, Database.Statement>();

  constructor(
    private readonly db: Db,
    /** e.g. `INSERT OR IGNORE INTO post_hashtags (post_pk, hashtag_id)` */
    private readonly head: string,
    private readonly columns: number,
    /** e.g. an ON CONFLICT clause */
    private readonly tail = '',
    private readonly rowsPerStatement = 128,
  ) {}

  push(...row: unknown[]): void {
    for (const v of row) this.values.push(v);
    if (++this.rows === this.rowsPerStatement) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    this.statement(this.rows).run(this.values);
    this.values = [];
    this.rows = 0;
  }

  private statement(rows: number): Database.Statement {
    let stmt = this.statements.get(rows);
    if (!stmt) {
      const tuple = `(${new Array(this.columns).fill('?').join(', ')})`;
      stmt = this.db.prepare(`${this.head} VALUES ${new Array(rows).fill(tuple).join(', ')} ${this.tail}`);
      this.statements.set(rows, stmt);
    }
    return stmt;
  }
}
