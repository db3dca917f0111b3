/**
 * Turns tokenizer records into ReadItems: the first record is the header, every later record must
 * have as many fields as the header or it becomes an error item (the good rows still come out).
 */
import type { CsvSink } from './csvTokenizer';
import type { ReadItem } from './types';

function fieldCount(n: number): string {
  return `${n} ${n === 1 ? 'field' : 'fields'}`;
}

export class CsvRows implements CsvSink {
  header: string[] | null = null;
  /** Items produced since the last drain(). */
  items: ReadItem[] = [];

  record(fields: string[], line: number): void {
    const header = this.header;
    if (header === null) {
      // The decoder already drops a byte-order mark; this also covers a BOM repeated or left by
      // a tool that concatenated files.
      if (fields.length > 0) fields[0] = fields[0]!.replace(/^\uFEFF+/, '');
      this.header = fields.map((f) => f.trim());
      return;
    }
    if (fields.length !== header.length) {
      this.items.push({ kind: 'error', line, reason: `expected ${fieldCount(header.length)}, found ${fields.length}` });
      return;
    }
    this.items.push({ kind: 'csv', line, values: fields });
  }

  error(line: number, reason: string): void {
    this.items.push({ kind: 'error', line, reason });
  }

  drain(): ReadItem[] {
    const out = this.items;
    this.items = [];
    return out;
  }
}
