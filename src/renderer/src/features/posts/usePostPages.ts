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

/**
 * Server-side paging for the posts table: pages of 200 rows are fetched as they scroll into view
 * and dropped all at once when the filter, the sort or the study's data changes.
 */
export function usePostPages(filter: PostFilter, sort: SortState, dataVersion: number): PostPages {
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<ReadonlyMap<number, PostRow[]>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const key = `${filterKey(filter)}|${sort.key}|${sort.descending}|${dataVersion}`;
  const queryRef = useRef({ filter, sort });
  queryRef.current = { filter, sort };

  const fetchPage = useCallback((page: number, gen: number) => {
    const { filter: f, sort: s } = queryRef.current;
    loading.current.add(page);
    getApi()
      .call('posts.query', {
        filter: compactFilter(f),
        sort: s.key,
        descending: s.descending,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      })
      .then((result) => {
        if (gen !== generation.current) return;
        loading.current.delete(page);
        setTotal(result.total);
        setPages((prev) => new Map(prev).set(page, result.rows));
      })
      .catch((err: unknown) => {
        if (gen !== generation.current) return;
        loading.current.delete(page);
        setError(err);
      });
  }, []);

  useEffect(() => {
    const gen = ++generation.current;
    loading.current = new Set();
    setPages(new Map());
    setTotal(null);
    setError(null);
    fetchPage(0, gen);
  }, [key, fetchPage]);

  const pagesRef = useRef(pages);
  pagesRef.current = pages;
  const totalRef = useRef(total);
  totalRef.current = total;

  const ensureRange = useCallback(
    (start: number, end: number) => {
      const t = totalRef.current;
      if (t === null) return;
      const have = new Set(pagesRef.current.keys());
      for (const page of missingPages(pagesForRange(start, end, t), have, loading.current)) {
        fetchPage(page, generation.current);
      }
    },
    [fetchPage],
  );

  return { total, pages, error, ensureRange };
}
