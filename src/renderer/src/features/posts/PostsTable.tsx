import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';

import type { PostRow } from '../../../../shared/domain/post';
import { POST_COLUMNS } from './columns';
import { moveIndex, rowAt } from './logic';
import { usePostsViewStore } from './postsViewStore';
import type { PostPages } from './usePostPages';

const ROW_HEIGHT = 40;
/** The sticky header sits inside the scrolling grid, above the first row. */
const HEADER_HEIGHT = 40;

/**
 * A virtualised grid over every matching post: only visible rows exist in the page, and their
 * pages are fetched as they come into view. Arrow keys, Page Up/Down, Home/End move; Enter opens.
 */
export function PostsTable({ data }: { data: PostPages }) {
  const { total, pages, ensureRange } = data;
  const sort = usePostsViewStore((s) => s.sort);
  const sortBy = usePostsViewStore((s) => s.sortBy);
  const activeIndex = usePostsViewStore((s) => s.activeIndex);
  const setActive = usePostsViewStore((s) => s.setActive);
  const openId = usePostsViewStore((s) => s.openId);
  const open = usePostsViewStore((s) => s.open);
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;

  // TanStack Virtual hands back a mutable instance the React Compiler cannot memoise; this
  // component re-renders from its own state, so skipping compilation here is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) ensureRange(first, last);
  }, [first, last, count, ensureRange, pages]);

  const openRow = (index: number) => {
    const row = rowAt(pages, index);
    setActive(index);
    if (row) open(row.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on the sort buttons in the header belong to those buttons.
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Escape' && openId) {
      event.preventDefault();
      open(null);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (activeIndex >= 0) {
        event.preventDefault();
        openRow(activeIndex);
      }
      return;
    }
    const visibleRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const next = moveIndex(activeIndex, event.key, count, visibleRows);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    // With the detail panel open, moving the selection shows the next post straight away.
    const row = rowAt(pages, next);
    if (openId && row) open(row.id);
  };

  const activeRow: PostRow | undefined = activeIndex >= 0 ? rowAt(pages, activeIndex) : undefined;

  return (
    <div
      ref={scrollRef}
      className="poststable"
      role="grid"
      aria-label="Posts"
      aria-rowcount={count + 1}
      aria-colcount={POST_COLUMNS.length}
      tabIndex={0}
      aria-activedescendant={activeRow ? `post-row-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && activeIndex < 0 && count > 0) setActive(0);
      }}
    >
      <div className="poststable__row poststable__head" role="row" aria-rowindex={1}>
        {POST_COLUMNS.map((col) => {
          const sorted = col.sortKey && sort.key === col.sortKey;
          return (
            <div
              key={col.id}
              role="columnheader"
              className={`poststable__cell${col.numeric ? ' num' : ''}`}
              aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : col.sortKey ? 'none' : undefined}
            >
              {col.sortKey ? (
                <button type="button" className="sort-button" onClick={() => sortBy(col.sortKey!)}>
                  {col.label}
                  <span className="sort-button__arrow" aria-hidden="true">
                    {sorted ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              ) : (
                col.label
              )}
            </div>
          );
        })}
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rowAt(pages, item.index);
          const isActive = item.index === activeIndex;
          const isOpen = row !== undefined && row.id === openId;
          return (
            <div
              key={item.key}
              id={`post-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isOpen}
              className={`poststable__row poststable__datarow${isActive ? ' is-active' : ''}${isOpen ? ' is-open' : ''}${row ? '' : ' is-loading'}`}
              style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)`, height: ROW_HEIGHT }}
              onClick={() => openRow(item.index)}
            >
              {POST_COLUMNS.map((col) => (
                <div key={col.id} role="gridcell" className={`poststable__cell${col.numeric ? ' num' : ''} cell-${col.id}`}>
                  {row ? col.render(row) : col.id === 'caption' ? 'Loading…' : ''}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
