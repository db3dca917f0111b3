import { ErrorNotice } from '../../components/ErrorNotice';
import { Spinner } from '../../components/Spinner';
import { useFilterStore } from '../filters/filterStore';
import { useAnalysisView } from './analysisViewStore';
import { ComparePatterns } from './ComparePatterns';
import { HeatmapFigure, SeriesFigure } from './PatternsFigures';
import { RhythmTable } from './RhythmTable';
import { useAnalysis } from './useAnalysis';

export function PatternsPanel() {
  const filter = useFilterStore((s) => s.filter);
  const tz = useAnalysisView((s) => s.tz);
  const interval = useAnalysisView((s) => s.interval);
  const set = useAnalysisView((s) => s.set);
  const { data, error, loading, reload } = useAnalysis('analysis.patterns', { filter, tz });
  return (
    <div className="stack analysis-panel">
      {error !== null && <ErrorNotice title="Posting patterns could not be computed" error={error} onRetry={reload} />}
      {!data && loading && <Spinner label="Computing posting patterns" />}
      {data && (
        <>
          <SeriesFigure patterns={data} interval={interval} onInterval={(i) => set({ interval: i })} />
          <HeatmapFigure patterns={data} />
        </>
      )}
      <ComparePatterns />
      <RhythmTable />
    </div>
  );
}
