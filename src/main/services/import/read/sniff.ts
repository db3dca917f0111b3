/**
 * What kind of file this is: encoding, container (CSV / NDJSON / JSON document) and CSV
 * delimiter, each with a sentence the user sees. Anything the user chose overrides detection.
 */
import { open, stat } from 'node:fs/promises';
import type { Container, Encoding } from '../../../../shared/domain/import';
import { classifyContainer } from './detectContainer';
import { detectEncoding } from './detectEncoding';
import { describeDelimited, normaliseDelimiter } from './delimiterName';
import { detectDelimiter } from './delimiter';
import { decodeSample, ENCODING_LABELS } from './encoding';
import type { SniffResult } from './types';

const HEAD_BYTES = 64 * 1024;
/** NDJSON lines can be long (a TikTok item with comments); look this far for the second line. */
const MAX_SNIFF_BYTES = 16 * 1024 * 1024;

const CONTAINER_LABELS: Record<Container, string> = {
  csv: 'delimited text',
  ndjson: 'NDJSON',
  json: 'JSON document',
};

async function readHeadBytes(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function sniffFile(
  path: string,
  override?: { encoding?: Encoding; container?: Container; delimiter?: string },
): Promise<SniffResult> {
  const fileSize = (await stat(path)).size;
  let head = await readHeadBytes(path, Math.min(HEAD_BYTES, fileSize));

  let encoding: Encoding;
  let encodingReason: string;
  if (override?.encoding) {
    encoding = override.encoding;
    encodingReason = `${ENCODING_LABELS[encoding]} (chosen by you)`;
  } else {
    const guess = await detectEncoding(path, head);
    encoding = guess.encoding;
    encodingReason = guess.reason;
  }

  let sample = decodeSample(head, encoding);
  let complete = head.length >= fileSize;
  let container: Container;
  let containerReason: string;
  if (override?.container) {
    container = override.container;
    containerReason = `${CONTAINER_LABELS[container]} (chosen by you)`;
  } else {
    let guess = classifyContainer(sample, complete);
    // Only JSON whose first line is longer than the sample gets here: read more of it.
    while (guess === 'need-more' && head.length < Math.min(fileSize, MAX_SNIFF_BYTES)) {
      head = await readHeadBytes(path, Math.min(head.length * 4, MAX_SNIFF_BYTES, fileSize));
      sample = decodeSample(head, encoding);
      complete = head.length >= fileSize;
      guess = classifyContainer(sample, complete);
    }
    if (guess === 'need-more') {
      container = 'json';
      containerReason = `a single JSON document (no second line in the first ${MAX_SNIFF_BYTES / 1024 / 1024} MiB)`;
    } else {
      container = guess.container;
      containerReason = guess.container === 'csv' ? '' : guess.reason;
    }
  }

  let delimiter: string | null = null;
  if (container === 'csv') {
    const chosen = override?.delimiter !== undefined && override.delimiter !== '';
    // The CSV sample never needs to be longer than the first 64 KiB.
    const csvSample = sample.length > HEAD_BYTES ? sample.slice(0, HEAD_BYTES) : sample;
    delimiter = chosen ? normaliseDelimiter(override.delimiter) : detectDelimiter(csvSample, complete && csvSample === sample);
    if (!override?.container) {
      if (fileSize === 0) containerReason = 'empty file; read as comma-separated text';
      else containerReason = describeDelimited(delimiter) + (chosen ? ' (delimiter chosen by you)' : '');
    }
  }

  return { encoding, encodingReason, container, containerReason, delimiter, fileSize };
}
