import { useCallback, useState, type FormEvent } from 'react';

import { SERIES_INTERVALS, type SeriesInterval, type TrendKind } from '../../../../shared/domain/analysis';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Stat } from '../../components/Stat';
import { formatDateTime } from '../../lib/format';
import { useFilterStore } from '../filters/filterStore';
import { useAnalysisView } from './analysisViewStore';
import { trendChart } from './charts';
import { Figure } from './Figure';
import { formatCount, formatShare } from './numbers';
import { useAnalysis } from './useAnalysis';
import { useCaption } from './useCaption';

const INTERVAL_LABELS: Record<SeriesInterval, string> = { day: 'per day', week: 'per ISO week', month: 'per month' };

export function TrendPanel() {
  const filter = useFilterStore((s) => s.filter);
  const trend = useAnalysisView((s) => s.trend);
  const tz = useAnalysisView((s) => s.tz);
  const [interval, setInterval] = useState<SeriesInterval>('day');
  const { data, error } = useAnalysis('analysis.trend', trend ? { filter, kind: trend.kind, key: trend.key, tz, interval } : null);
  const caption = useCaption({
    title: `Lifecycle of ${trend?.label ?? ''} (${INTERVAL_LABELS[interval]})`,
    tz,
    range: data?.series.length ? { first: data.series[0]!.start, last: data.series[data.series.length - 1]!.start } : null,
    posts: data?.posts,
    definitions: ['localTime', ...(interval === 'week' ? (['week'] as const) : [])],
    notes: [
      'Bars: posts per period (zero-filled). Line: authors who had used it by then (an author counts once, in the period of their first post).',
      'Half-life: periods from the peak until posts first fall to half the peak or below.',
    ],
  });
  const render = useCallback((width: number) => trendChart(data!.series, width), [data]);

  return (
    <div className="stack analysis-panel">
      {/* Remounted when another tab picks a trend, so the form shows what is displayed. */}
      <TrendForm key={`${trend?.kind}:${trend?.key}`} interval={interval} onInterval={setInterval} />
      {error !== null && <ErrorNotice title="The lifecycle could not be computed" error={error} />}
      {!trend && <EmptyState title="Choose a hashtag or a sound">Its first post, peak, decay and adopting authors over time appear here.</EmptyState>}
      {data && (
        <>
          <section className="card">
            <h2 className="card__title">{trend?.label}</h2>
            <div className="stats">
              <Stat label="Posts" value={formatCount(data.posts)} detail={`${formatCount(data.authors)} authors`} />
              <Stat label="First seen" kind="text" value={formatDateTime(data.firstSeen)} />
              <Stat label="Last seen" kind="text" value={formatDateTime(data.lastSeen)} />
              <Stat label="Peak" kind="text" value={data.peak ? data.peak.period : '—'} detail={data.peak ? `${formatCount(data.peak.posts)} posts` : undefined} />
              <Stat label="Half-life" value={data.halfLifePeriods === null ? 'not yet' : `${data.halfLifePeriods} ${interval}${data.halfLifePeriods === 1 ? '' : 's'}`} />
              <Stat label="After the peak" value={formatShare(data.postPeakShare)} detail="of dated posts" />
            </div>
          </section>
          <Figure
            title="Posts and adopting authors over time"
            caption={caption}
            render={data.series.length ? render : null}
            empty={<p className="muted">No dated posts use it in this selection.</p>}
            fileName={`lifecycle-${data.kind}-${data.key}-${interval}`}
            csv={{
              header: ['period', 'start', 'posts', 'authors', 'new_authors', 'cumulative_authors', 'views'],
              rows: data.series.map((s) => [s.period, s.start, s.posts, s.authors, s.newAuthors, s.cumulativeAuthors, s.views]),
            }}
          />
        </>
      )}
    </div>
  );
}

function TrendForm({ interval, onInterval }: { interval: SeriesInterval; onInterval: (i: SeriesInterval) => void }) {
  const trend = useAnalysisView((s) => s.trend);
  const set = useAnalysisView((s) => s.set);
  const [kind, setKind] = useState<TrendKind>(trend?.kind ?? 'hashtag');
  const [key, setKey] = useState(trend?.key ?? '');
  const show = (e: FormEvent) => {
    e.preventDefault();
    const k = key.trim().replace(/^[#＃]+/u, '');
    if (k) set({ trend: { kind, key: k, label: kind === 'hashtag' ? `#${k}` : `sound ${k}` } });
  };
  return (
    <form className="card analysis-trend-form" onSubmit={show}>
      <label className="analysis-select">
        Follow a{' '}
        <select className="select select--compact" value={kind} onChange={(e) => setKind(e.target.value as TrendKind)}>
          <option value="hashtag">hashtag</option>
          <option value="sound">sound (music id)</option>
        </select>
      </label>
      <input
        className="input input--compact"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        placeholder={kind === 'hashtag' ? '#hashtag' : 'music id'}
        aria-label="Hashtag or music id"
      />
      <select className="select select--compact" value={interval} onChange={(e) => onInterval(e.target.value as SeriesInterval)} aria-label="Period">
        {SERIES_INTERVALS.map((i) => (
          <option key={i} value={i}>
            {INTERVAL_LABELS[i]}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--primary">
        Show lifecycle
      </button>
      <span className="muted small">Or pick one from the Top entities tab.</span>
    </form>
  );
}
