/**
 * Where the post records are inside a JSON document: a Research API page keeps them in
 * data.videos, a tiktok-scraper dump in collector[], an array of pages in [i].data.videos, TikTok's
 * web API in itemList[]… Paths are arrays of keys/indexes from the document root; [] is the
 * document itself.
 *
 * Works on any JSON value, so NDJSON lines that are whole Research API pages can be expanded the
 * same way (a bare video object yields [[]]). When nothing recognisable is found the document
 * itself is returned as the single record, so the mapper can reject it with a reason instead of
 * the file silently importing nothing.
 */
import type { FormatId } from '../../../../shared/domain/import';
import type { JsonValue } from '../read/types';
import { ITEM_LIST_KEYS, isObject } from './jsonShapes';

type Path = Array<string | number>;

function each(prefix: Path, list: JsonValue[]): Path[] {
  return list.map((_, i) => [...prefix, i]);
}

/** Records directly inside one object (a page, a dump, an API response), or null if it is itself a record. */
function recordsInObject(v: JsonValue, prefix: Path): Path[] | null {
  if (!isObject(v)) return null;
  const data = v.data;
  if (isObject(data) && Array.isArray(data.videos)) return each([...prefix, 'data', 'videos'], data.videos);
  if (Array.isArray(v.collector)) return each([...prefix, 'collector'], v.collector);
  for (const key of ITEM_LIST_KEYS) {
    const list = v[key];
    if (Array.isArray(list)) return each([...prefix, key], list);
  }
  // TikTok web search responses: data: [{type, item: {...}}].
  if (Array.isArray(data) && data.some((d) => isObject(d) && isObject(d.item))) {
    const paths: Path[] = [];
    data.forEach((d, i) => {
      if (isObject(d) && isObject(d.item)) paths.push([...prefix, 'data', i, 'item']);
    });
    return paths;
  }
  // A single video page: {itemInfo: {itemStruct: {...}}}.
  const itemInfo = v.itemInfo;
  if (isObject(itemInfo) && isObject(itemInfo.itemStruct)) return [[...prefix, 'itemInfo', 'itemStruct']];
  // A Research API error body ({"error": {...}} without data) has no records; let the mapper explain.
  return null;
}

export function jsonRecordPaths(format: FormatId, doc: JsonValue): Array<Array<string | number>> {
  void format; // every supported shape is recognised by its keys; the format only picked the mapper
  if (Array.isArray(doc)) {
    const paths: Path[] = [];
    doc.forEach((element, i) => {
      const inner = recordsInObject(element, [i]);
      if (inner) paths.push(...inner);
      else paths.push([i]);
    });
    return paths;
  }
  return recordsInObject(doc, []) ?? [[]];
}

/** The value at `path` inside `doc` (undefined when the path does not exist). */
export function valueAtPath(doc: JsonValue, path: ReadonlyArray<string | number>): JsonValue | undefined {
  let v: JsonValue | undefined = doc;
  for (const step of path) {
    if (typeof step === 'number') v = Array.isArray(v) ? v[step] : undefined;
    else v = isObject(v) ? v[step] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}
