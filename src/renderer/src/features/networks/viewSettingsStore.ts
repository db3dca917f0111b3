/** How the network is shown: appearance, filters, label density, search and the selected node. */
import { create } from 'zustand';

import type { ColorBy, SizeBy } from './appearance';
import { NO_FILTERS, type GraphFilters } from './graphModel';

interface ViewSettings {
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** sigma's labelDensity: higher shows more labels. */
  labelDensity: number;
  filters: GraphFilters;
  search: string;
  selected: string | null;
  set(patch: Partial<Omit<ViewSettings, 'set' | 'setFilters' | 'resetForNetwork'>>): void;
  setFilters(patch: Partial<GraphFilters>): void;
  /** A new network: filters and the selection refer to the old one. */
  resetForNetwork(): void;
}

export const useViewSettings = create<ViewSettings>()((set) => ({
  sizeBy: 'weightedDegree',
  colorBy: 'community',
  labelDensity: 0.5,
  filters: NO_FILTERS,
  search: '',
  selected: null,
  set: (patch) => set(patch),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetForNetwork: () => set({ filters: NO_FILTERS, search: '', selected: null }),
}));
