import { ErrorNotice } from '../../components/ErrorNotice';
import { Spinner } from '../../components/Spinner';
import { useFilterStore } from '../filters/filterStore';
import { DistributionFigure } from './DistributionFigure';
import { EngagementGroupsTable } from './EngagementGroupsTable';
import { EngagementSummaryCard } from './EngagementSummaryCard';
import { OutliersTable } from './OutliersTable';
import { useAnalysis } from './useAnalysis';

export function EngagementPanel() {
  const filter = useFilterStore((s) => s.filter);
  const { data, error, loading, reload } = useAnalysis('analysis.engagement', { filter });
  return (
    <div className="stack analysis-panel">
      {error !== null && <ErrorNotice title="Engagement could not be computed" error={error} onRetry={reload} />}
      {!data && loading && <Spinner label="Computing engagement" />}
      {data && <EngagementSummaryCard summary={data} />}
      <DistributionFigure />
      <EngagementGroupsTable />
      <OutliersTable />
    </div>
  );
}
