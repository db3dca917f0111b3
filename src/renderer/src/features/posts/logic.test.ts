import { describe, expect, it } from 'vitest';

import { DEFAULT_SORT, missingPages, moveIndex, pagesForRange, rowAt, toggleSort } from './logic';

describe('posts paging', () => {
  it('finds the pages a visible range needs, clipped to the total', () => {
    expect(pagesForRange(0, 30, 1000, 200)).toEqual([0]);
    expect(pagesForRange(190, 410, 1000, 200)).toEqual([0, 1, 2]);
    expect(pagesForRange(150, 900, 250, 200)).toEqual([0, 1]);
    expect(pagesForRange(0, 10, 0, 200)).toEqual([]);
  });

  it('asks only for pages neither loaded nor loading', () => {
    expect(missingPages([0, 1, 2], new Set([0]), new Set([2]))).toEqual([1]);
  });

  it('reads a row from its page', () => {
    const pages = new Map([[1, ['a', 'b']]]);
    expect(rowAt(pages, 3, 2)).toBe('b');
    expect(rowAt(pages, 0, 2)).toBeUndefined();
  });
});

describe('sorting', () => {
  it('flips the same column and starts new ones in a sensible direction', () => {
    expect(toggleSort(DEFAULT_SORT, 'createTime')).toEqual({ key: 'createTime', descending: false });
    expect(toggleSort(DEFAULT_SORT, 'views')).toEqual({ key: 'views', descending: true });
    expect(toggleSort(DEFAULT_SORT, 'authorHandle')).toEqual({ key: 'authorHandle', descending: false });
  });
});

describe('keyboard movement', () => {
  it('moves within bounds', () => {
    expect(moveIndex(-1, 'ArrowDown', 5, 10)).toBe(0);
    expect(moveIndex(4, 'ArrowDown', 5, 10)).toBe(4);
    expect(moveIndex(2, 'PageDown', 5, 10)).toBe(4);
    expect(moveIndex(2, 'Home', 5, 10)).toBe(0);
    expect(moveIndex(2, 'End', 5, 10)).toBe(4);
    expect(moveIndex(2, 'x', 5, 10)).toBeNull();
    expect(moveIndex(0, 'ArrowDown', 0, 10)).toBeNull();
  });
});
