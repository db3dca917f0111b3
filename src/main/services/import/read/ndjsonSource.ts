/** NDJSON file → batches of ReadItems. */
import { Batcher } from './batcher';
import { readFileText, type FileTextOptions } from './fileText';
import { NdjsonReader } from './ndjson';
import type { ReadBatch } from './types';

export async function* readNdjsonSource(o: FileTextOptions): AsyncGenerator<ReadBatch> {
  const reader = new NdjsonReader();
  const batcher = new Batcher();
  let bytesRead = 0;
  for await (const piece of readFileText({ ...o, alignToLines: true })) {
    bytesRead = piece.bytesRead;
    reader.push(piece.text);
    batcher.add(reader.drain());
    yield* batcher.take(bytesRead, false);
  }
  reader.end();
  batcher.add(reader.drain());
  yield* batcher.take(bytesRead, true);
}
