import type { ComponentType } from 'react';

import { NoPostsState } from '../../components/NoPostsState';
import { Tabs } from '../../components/Tabs';
import { useStudyStore } from '../../stores/studyStore';
import { FilterBar } from '../filters/FilterBar';
import { useAnalysisView, type AnalysisTab } from './analysisViewStore';
import { EngagementPanel } from './EngagementPanel';
import { PatternsPanel } from './PatternsPanel';
import { TopPanel } from './TopPanel';
import { TrendPanel } from './TrendPanel';
import { ZonePicker } from './ZonePicker';
import './analysis.css';

const TABS: ReadonlyArray<{ id: AnalysisTab; label: string }> = [
  { id: 'engagement', label: 'Engagement' },
  { id: 'patterns', label: 'Posting patterns' },
  { id: 'top', label: 'Top entities' },
  { id: 'trends', label: 'Trend lifecycle' },
];

const PANELS: Record<AnalysisTab, ComponentType> = {
  engagement: EngagementPanel,
  patterns: PatternsPanel,
  top: TopPanel,
  trends: TrendPanel,
};

export function AnalysisScreen() {
  const study = useStudyStore((s) => s.study);
  const tab = useAnalysisView((s) => s.tab);
  const tz = useAnalysisView((s) => s.tz);
  const set = useAnalysisView((s) => s.set);

  if (!study || study.postCount === 0) {
    return <NoPostsState study={study} hint="Import posts to analyse their engagement, posting patterns and trends." />;
  }
  const Panel = PANELS[tab];
  return (
    <div className="analysis">
      <FilterBar />
      <div className="analysis__toolbar">
        <Tabs label="Analysis" tabs={TABS} value={tab} onChange={(id) => set({ tab: id })} idPrefix="analysis-tab" />
        <ZonePicker value={tz} onChange={(zone) => set({ tz: zone })} />
      </div>
      <div id="analysis-tab-panel" role="tabpanel" aria-labelledby={`analysis-tab-${tab}`}>
        <Panel />
      </div>
    </div>
  );
}
