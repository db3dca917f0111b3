/**
 * Which posts an analysis runs over: the frame of the open study (reloaded when the data changed)
 * and the rows the shared PostFilter selects. The filter is always evaluated by the shared SQL
 * translation (filterToSql), so every screen, the CLI and analysis agree on what a filter means.
 * Row lists for recent filters are cached, so a dashboard refresh evaluates its filter once.
 */
import { isEmptyFilter, type PostFilter } from '../../../shared/domain/filter';
import { changeStamp } from '../../db/analysis/changeStamp';
import { matchingPostPks } from '../../db/analysis/matchingPosts';
import type { Db } from '../../db/connection';
import { AnalysisFrame } from './frame';

export interface Selection {
  frame: AnalysisFrame;
  /** Frame rows of the selected posts, ascending. */
  rows: Int32Array;
}

interface CacheEntry {
  stamp: string;
  frame: AnalysisFrame;
  allRows: Int32Array;
  subsets: Map<string, Int32Array>;
}

const SUBSETS_KEPT = 8;
const cache = new WeakMap<Db, CacheEntry>();

/** A key that is equal for filters that select the same posts (list order does not matter). */
export function filterKey(filter: PostFilter): string {
  const sorted = (list: ReadonlyArray<string | number> | undefined) => (list?.length ? [...list].map(String).sort() : undefined);
  return JSON.stringify([
    sorted(filter.datasetIds),
    filter.from?.trim() || undefined,
    filter.to?.trim() || undefined,
    sorted(filter.authors),
    sorted(filter.hashtags),
    sorted(filter.sounds),
    filter.text?.trim() || undefined,
  ]);
}

function currentEntry(db: Db): CacheEntry {
  const stamp = changeStamp(db);
  let entry = cache.get(db);
  if (!entry || entry.stamp !== stamp) {
    const frame = new AnalysisFrame(db);
    const allRows = new Int32Array(frame.size);
    for (let i = 0; i < allRows.length; i++) allRows[i] = i;
    entry = { stamp, frame, allRows, subsets: new Map() };
    cache.set(db, entry);
  }
  return entry;
}

export function selectPosts(db: Db, filter: PostFilter | undefined): Selection {
  const entry = currentEntry(db);
  if (!filter || isEmptyFilter(filter)) return { frame: entry.frame, rows: entry.allRows };
  const key = filterKey(filter);
  let rows = entry.subsets.get(key);
  if (rows) {
    entry.subsets.delete(key); // re-insert: most recently used last
  } else {
    const pks = matchingPostPks(db, filter);
    const found: number[] = [];
    for (let k = 0; k < pks.length; k++) {
      const row = entry.frame.rowOfPk(pks[k]!);
      if (row >= 0) found.push(row);
    }
    rows = Int32Array.from(found).sort();
    if (entry.subsets.size >= SUBSETS_KEPT) entry.subsets.delete(entry.subsets.keys().next().value as string);
  }
  entry.subsets.set(key, rows);
  return { frame: entry.frame, rows };
}

/** Drops cached frames and row lists of a connection (tests, benchmarks of cold starts). */
export function forgetAnalysisCache(db: Db): void {
  cache.delete(db);
}

/** Drops only the cached filter results, keeping the frame (benchmarks of a fresh filter). */
export function forgetFilterCache(db: Db): void {
  cache.get(db)?.subsets.clear();
}
