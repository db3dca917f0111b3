import { useCallback } from 'react';

import { useFilterStore } from '../filters/filterStore';
import { useAnalysisView } from './analysisViewStore';
import { histogramChart } from './charts';
import { Figure } from './Figure';
import { formatCount } from './numbers';
import { useAnalysis } from './useAnalysis';
import { useCaption } from './useCaption';

export function DistributionFigure() {
  const filter = useFilterStore((s) => s.filter);
  const logScale = useAnalysisView((s) => s.logScale);
  const set = useAnalysisView((s) => s.set);
  const { data } = useAnalysis('analysis.distribution', { filter, scale: logScale ? 'log' : 'linear' });
  const notes: string[] = [];
  if (data && logScale && data.zeroRate > 0) notes.push(`${formatCount(data.zeroRate)} posts with a rate of 0 are not shown on the log axis.`);
  if (data && !logScale && data.overflow > 0) notes.push(`The axis ends at the 99th percentile; ${formatCount(data.overflow)} posts above it are not shown.`);
  const caption = useCaption({
    title: `Distribution of per-post engagement rates (${logScale ? 'log' : 'linear'} scale)`,
    tz: null,
    posts: data?.ratedPosts,
    definitions: ['rate'],
    notes,
  });
  const render = useCallback((width: number) => histogramChart(data!, width), [data]);
  return (
    <Figure
      title="Distribution"
      caption={caption}
      render={data && data.bins.length > 0 ? render : null}
      empty={<p className="muted">No post in this selection has an engagement rate.</p>}
      fileName="engagement-distribution"
      csv={{ header: ['rate_from', 'rate_to', 'posts'], rows: data?.bins.map((b) => [b.lo, b.hi, b.posts]) ?? [] }}
      controls={
        <label className="analysis-toggle">
          <input type="checkbox" checked={logScale} onChange={(e) => set({ logScale: e.target.checked })} /> Log scale
        </label>
      }
    />
  );
}
