import { useCallback, useEffect, useRef, useState } from 'react';

import type { PostFilter } from '../../../../shared/domain/filter';
import type { PostRow } from '../../../../shared/domain/post';
import { getApi } from '../../api';
import { compactFilter, filterKey } from '../filters/logic';
import { PAGE_SIZE, missingPages, pagesForRange, type SortState } from './logic';

export interface PostPages {
  total: number | null;
  pages: ReadonlyMap<number, PostRow[]>;
  error: unknown;
  /** Ask for the rows start..end; pages not yet loaded are fetched. */
  ensureRange(start: number, end: number): void;
}

interface Loaded {
  /** The query these pages answer; pages of an older query are never shown. */
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, PostRow[]>;
  error: unknown;
}

const NO_PAGES: ReadonlyMap<number, PostRow[]> = new Map();

/**
 * Server-side paging for the posts table: pages of 200 rows are fetched as they scroll into view,
 * and everything is dropped at once when the filter, the sort or the study's data changes.
 */
export function usePostPages(filter: PostFilter, sort: SortState, dataVersion: number): PostPages {
  const key = `${filterKey(filter)}|${sort.key}|${sort.descending}|${dataVersion}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', total: null, pages: NO_PAGES, error: null });
  // Pages requested and not yet answered, as "key#page" (kept out of render state: no re-render needed).
  const inFlight = useRef(new Set<string>());

  const fetchPage = useCallback(
    (page: number) => {
      const flightId = `${key}#${page}`;
      if (inFlight.current.has(flightId)) return;
      inFlight.current.add(flightId);
      getApi()
        .call('posts.query', {
          filter: compactFilter(filter),
          sort: sort.key,
          descending: sort.descending,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
        })
        .then(
          (result) =>
            setLoaded((prev) => {
              const base = prev.key === key ? prev : { key, total: null, pages: NO_PAGES, error: null };
              return { ...base, total: result.total, pages: new Map(base.pages).set(page, result.rows) };
            }),
          (error: unknown) => setLoaded((prev) => (prev.key === key ? { ...prev, error } : { key, total: null, pages: NO_PAGES, error })),
        )
        .finally(() => inFlight.current.delete(flightId));
    },
    [key, filter, sort],
  );

  useEffect(() => {
    fetchPage(0);
  }, [fetchPage]);

  const current = loaded.key === key ? loaded : null;
  const total = current?.total ?? null;
  const pages = current?.pages ?? NO_PAGES;

  const ensureRange = useCallback(
    (start: number, end: number) => {
      if (total === null) return;
      const loading = new Set<number>();
      for (const page of missingPages(pagesForRange(start, end, total), new Set(pages.keys()), loading)) fetchPage(page);
    },
    [total, pages, fetchPage],
  );

  return { total, pages, error: current?.error ?? null, ensureRange };
}
