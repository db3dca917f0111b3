/** CSV file → batches of ReadItems (the first batch carries the header). */
import { Batcher } from './batcher';
import { CsvRows } from './csvRows';
import { CsvTokenizer } from './csvTokenizer';
import { normaliseDelimiter } from './delimiterName';
import { readFileText, type FileTextOptions } from './fileText';
import type { ReadBatch } from './types';

export interface CsvSourceOptions extends FileTextOptions {
  delimiter?: string | null;
}

export async function* readCsvSource(o: CsvSourceOptions): AsyncGenerator<ReadBatch & { header?: string[] }> {
  const rows = new CsvRows();
  const tokenizer = new CsvTokenizer(rows, { delimiter: normaliseDelimiter(o.delimiter) });
  const batcher = new Batcher();
  let headerSent = false;
  let bytesRead = 0;

  function* emit(final: boolean): Generator<ReadBatch & { header?: string[] }> {
    batcher.add(rows.drain());
    for (const batch of batcher.take(bytesRead, final)) {
      if (!headerSent && rows.header !== null) {
        headerSent = true;
        yield { ...batch, header: rows.header };
      } else {
        yield batch;
      }
    }
  }

  for await (const piece of readFileText({ ...o, alignToLines: true })) {
    bytesRead = piece.bytesRead;
    tokenizer.push(piece.text);
    yield* emit(false);
  }
  tokenizer.end();
  yield* emit(true);
}
