import { ErrorNotice } from '../../components/ErrorNotice';
import { useFilterStore } from '../filters/filterStore';
import { useAnalysisView } from './analysisViewStore';
import { describeFilter } from './caption';
import { HeatmapFigure, SeriesFigure } from './PatternsFigures';
import { useAnalysis } from './useAnalysis';

/** Subset A (pinned earlier) and subset B (the live filter) side by side, same zone and period. */
export function ComparePatterns() {
  const filter = useFilterStore((s) => s.filter);
  const soundLabels = useFilterStore((s) => s.soundLabels);
  const { pinned, tz, interval, set } = useAnalysisView();
  const a = useAnalysis('analysis.patterns', pinned ? { filter: pinned.filter, tz } : null);
  const b = useAnalysis('analysis.patterns', pinned ? { filter, tz } : null);

  if (!pinned) {
    return (
      <section className="card analysis-compare-intro">
        <h3 className="card__title">Compare two subsets</h3>
        <p className="muted">
          Pin the current selection as subset A, then change the filter: the current filter becomes subset B and both are shown side by
          side.
        </p>
        <button type="button" className="button" onClick={() => set({ pinned: { filter, label: describeFilter(filter, soundLabels) } })}>
          Pin this selection as A
        </button>
      </section>
    );
  }
  const labelB = describeFilter(filter, soundLabels);
  return (
    <section className="analysis-compare" aria-label="Comparison of two subsets">
      <div className="analysis-compare__bar">
        <span>
          <strong>A:</strong> {pinned.label}
        </span>
        <span>
          <strong>B:</strong> {labelB}
        </span>
        <button type="button" className="button button--quiet" onClick={() => set({ pinned: null })}>
          Stop comparing
        </button>
      </div>
      {(a.error ?? b.error) !== null && <ErrorNotice title="The comparison could not be computed" error={a.error ?? b.error} />}
      <div className="analysis-compare__grid">
        {a.data && <SeriesFigure patterns={a.data} filter={pinned.filter} subtitle="A" interval={interval} />}
        {b.data && <SeriesFigure patterns={b.data} filter={filter} subtitle="B" interval={interval} />}
        {a.data && <HeatmapFigure patterns={a.data} filter={pinned.filter} subtitle="A" />}
        {b.data && <HeatmapFigure patterns={b.data} filter={filter} subtitle="B" />}
      </div>
    </section>
  );
}
