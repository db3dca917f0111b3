import { create } from 'zustand';

import type { PostFilter } from '../../../../shared/domain/filter';
import { addListValue, removeChip, setScalar, type FilterChip, type ListKind } from './logic';

interface FilterState {
  filter: PostFilter;
  /** Display names of selected sounds (the filter itself holds sound ids). */
  soundLabels: Record<string, string>;
  add(kind: ListKind, value: string, label?: string): void;
  set(key: 'from' | 'to' | 'text', value: string): void;
  remove(chip: FilterChip): void;
  clear(): void;
}

/**
 * The one filter the Posts, Analysis and Networks screens share, so narrowing the data on one
 * screen carries over to the others.
 */
export const useFilterStore = create<FilterState>()((set) => ({
  filter: {},
  soundLabels: {},
  add: (kind, value, label) =>
    set((s) => ({
      filter: addListValue(s.filter, kind, value),
      soundLabels: kind === 'sounds' && label ? { ...s.soundLabels, [value]: label } : s.soundLabels,
    })),
  set: (key, value) => set((s) => ({ filter: setScalar(s.filter, key, value) })),
  remove: (chip) => set((s) => ({ filter: removeChip(s.filter, chip) })),
  clear: () => set({ filter: {} }),
}));
