/**
 * A JSON document (pretty-printed object, one-line minified dump, array of API pages…): read
 * whole, parse losslessly, then emit the records chosen by `selectRecords`, each with the line it
 * starts on and its exact source text.
 *
 * A document has to be parsed in one piece, so size is capped: above 1 GiB the user is told to
 * convert to NDJSON, which streams. (V8 strings also stop at ~512 Mi characters; that limit gets
 * the same advice.) A syntax error is fatal and names line and column.
 */
import { constants } from 'node:buffer';
import { stat } from 'node:fs/promises';
import { Batcher } from './batcher';
import { readFileText, throwIfAborted, type FileTextOptions } from './fileText';
import { linesOf, locateJsonPaths, type JsonPath } from './jsonLocate';
import { JsonSyntaxError, lineAndColumn, parseJson } from './jsonParse';
import type { JsonValue, ReadBatch, ReadItem } from './types';

export const MAX_JSON_DOCUMENT_BYTES = 1024 ** 3;

export type SelectRecords = (doc: JsonValue) => JsonPath[];

export interface LoadedJsonDocument {
  text: string;
  document: JsonValue;
  bytesRead: number;
}

function tooLargeMessage(what: string): string {
  return (
    `This JSON file is ${what}, too large to read as one JSON document. ` +
    'Convert it to NDJSON (one JSON object per line, e.g. `jq -c ".[]" in.json > out.ndjson`) and import that file instead.'
  );
}

function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : `${(n / 1024 ** 2).toFixed(0)} MiB`;
}

export async function loadJsonDocument(o: FileTextOptions): Promise<LoadedJsonDocument> {
  const { size } = await stat(o.path);
  if (size > MAX_JSON_DOCUMENT_BYTES) throw new Error(tooLargeMessage(formatBytes(size)));

  const pieces: string[] = [];
  let chars = 0;
  let bytesRead = 0;
  for await (const piece of readFileText(o)) {
    chars += piece.text.length;
    if (chars > constants.MAX_STRING_LENGTH) throw new Error(tooLargeMessage(`over ${formatBytes(bytesRead)} of text`));
    pieces.push(piece.text);
    bytesRead = piece.bytesRead;
  }
  let text = pieces.join('');
  pieces.length = 0;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let document: JsonValue;
  try {
    document = parseJson(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    let where = '';
    if (err.position !== null) {
      const { line, column } = lineAndColumn(text, err.position);
      where = ` at line ${line}, column ${column}`;
    }
    throw new Error(`The file is not valid JSON${where}: ${err.message}`);
  }
  return { text, document, bytesRead };
}

function valueAt(doc: JsonValue, path: JsonPath): JsonValue | undefined {
  let v: JsonValue | undefined = doc;
  for (const step of path) {
    if (Array.isArray(v)) v = v[Number(step)];
    else if (v !== null && typeof v === 'object' && Object.hasOwn(v, String(step))) v = v[String(step)];
    else return undefined;
  }
  return v;
}

function formatPath(path: JsonPath): string {
  return path.length === 0 ? '(document)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}

/** The records at `paths` (default: the whole document as one record), in the order given. */
export function jsonDocumentItems(loaded: LoadedJsonDocument, paths: JsonPath[] = [[]]): ReadItem[] {
  const { text, document } = loaded;
  const spans = locateJsonPaths(text, paths);
  const lines = linesOf(text, spans.map((s) => s?.start ?? 0));
  return paths.map((path, i): ReadItem => {
    const span = spans[i];
    const value = valueAt(document, path);
    if (!span || value === undefined) return { kind: 'error', line: 1, reason: `no value at ${formatPath(path)}` };
    return { kind: 'json', line: lines[i]!, value, raw: text.slice(span.start, span.end) };
  });
}

export async function* readJsonDocumentSource(
  o: FileTextOptions & { selectRecords?: SelectRecords },
): AsyncGenerator<ReadBatch> {
  const loaded = await loadJsonDocument(o);
  throwIfAborted(o.signal);
  const paths = o.selectRecords ? o.selectRecords(loaded.document) : [[]];
  const batcher = new Batcher();
  batcher.add(jsonDocumentItems(loaded, paths));
  for (const batch of batcher.take(loaded.bytesRead, true)) {
    throwIfAborted(o.signal);
    yield batch;
  }
}
