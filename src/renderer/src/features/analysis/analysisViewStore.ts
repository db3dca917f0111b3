import { create } from 'zustand';

import type { EngagementGrouping, SeriesInterval, TopKind, TopMetric, TrendKind } from '../../../../shared/domain/analysis';
import type { PostFilter } from '../../../../shared/domain/filter';

export type AnalysisTab = 'engagement' | 'patterns' | 'top' | 'trends';

export interface PinnedSelection {
  filter: PostFilter;
  label: string;
}

interface AnalysisViewState {
  tab: AnalysisTab;
  /** IANA zone for every day, week, month and hour on the screen. */
  tz: string;
  logScale: boolean;
  groupBy: EngagementGrouping;
  interval: SeriesInterval;
  topKind: TopKind;
  topBy: TopMetric;
  trend: { kind: TrendKind; key: string; label: string } | null;
  /** Subset A of the side-by-side comparison; the live filter is subset B. */
  pinned: PinnedSelection | null;
  set(patch: Partial<Omit<AnalysisViewState, 'set'>>): void;
}

/** How the Analysis screen is set up (tab, zone, options); the filter itself lives in the shared filter store. */
export const useAnalysisView = create<AnalysisViewState>()((set) => ({
  tab: 'engagement',
  tz: 'UTC',
  logScale: true,
  groupBy: 'author',
  interval: 'day',
  topKind: 'hashtags',
  topBy: 'posts',
  trend: null,
  pinned: null,
  set: (patch) => set(patch),
}));
