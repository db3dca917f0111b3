/** Pure paging and sorting logic of the posts table. */
import type { PostSortKey } from '../../../../shared/api/coreApi';

export const PAGE_SIZE = 200;

export interface SortState {
  key: PostSortKey;
  descending: boolean;
}

export const DEFAULT_SORT: SortState = { key: 'createTime', descending: true };

/** Clicking the sorted column flips it; a new column starts biggest/newest first, names A→Z. */
export function toggleSort(current: SortState, key: PostSortKey): SortState {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== 'authorHandle' && key !== 'id' };
}

/** Page numbers covering rows start..end (inclusive), clipped to the row count. */
export function pagesForRange(start: number, end: number, total: number, pageSize = PAGE_SIZE): number[] {
  if (total <= 0 || end < start) return [];
  const first = Math.max(0, Math.floor(start / pageSize));
  const last = Math.floor(Math.min(end, total - 1) / pageSize);
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}

export function missingPages(wanted: readonly number[], have: ReadonlySet<number>, loading: ReadonlySet<number>): number[] {
  return wanted.filter((p) => !have.has(p) && !loading.has(p));
}

export function rowAt<T>(pages: ReadonlyMap<number, readonly T[]>, index: number, pageSize = PAGE_SIZE): T | undefined {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}

/** Where keyboard navigation lands, kept inside the table. */
export function moveIndex(current: number, key: string, total: number, pageRows: number): number | null {
  if (total <= 0) return null;
  const from = current < 0 ? -1 : current;
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = from + 1;
      break;
    case 'ArrowUp':
      next = from - 1;
      break;
    case 'PageDown':
      next = from + pageRows;
      break;
    case 'PageUp':
      next = from - pageRows;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = total - 1;
      break;
    default:
      return null;
  }
  return Math.max(0, Math.min(total - 1, next));
}
