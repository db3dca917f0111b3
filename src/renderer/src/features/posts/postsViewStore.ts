import { create } from 'zustand';

import { DEFAULT_SORT, toggleSort, type SortState } from './logic';
import type { PostSortKey } from '../../../../shared/api/coreApi';

interface PostsViewState {
  sort: SortState;
  /** Row the keyboard is on (index in the current result). */
  activeIndex: number;
  /** Post shown in the detail panel. */
  openId: string | null;
  sortBy(key: PostSortKey): void;
  setActive(index: number): void;
  open(id: string | null): void;
}

/** How the posts screen is being looked at; kept when the researcher visits another screen. */
export const usePostsViewStore = create<PostsViewState>()((set) => ({
  sort: DEFAULT_SORT,
  activeIndex: -1,
  openId: null,
  sortBy: (key) => set((s) => ({ sort: toggleSort(s.sort, key), activeIndex: -1 })),
  setActive: (index) => set({ activeIndex: index }),
  open: (id) => set({ openId: id }),
}));
