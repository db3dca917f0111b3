import { useCallback, useMemo } from 'react';

import { SERIES_INTERVALS, type PostingPatterns, type SeriesInterval } from '../../../../shared/domain/analysis';
import type { PostFilter } from '../../../../shared/domain/filter';
import { heatmapChart, seriesChart, seriesFrom } from './charts';
import { Figure } from './Figure';
import { formatCount } from './numbers';
import { useCaption } from './useCaption';

const INTERVAL_LABELS: Record<SeriesInterval, string> = { day: 'Daily', week: 'Weekly (ISO)', month: 'Monthly' };

interface Props {
  patterns: PostingPatterns;
  /** Defaults to the shared filter; the comparison passes its pinned subset. */
  filter?: PostFilter;
  subtitle?: string;
}

function notes(p: PostingPatterns): string[] {
  return p.undated > 0 ? [`${formatCount(p.undated)} posts without a usable time are not shown.`] : [];
}

export function SeriesFigure({ patterns, filter, subtitle, interval, onInterval }: Props & { interval: SeriesInterval; onInterval?: (i: SeriesInterval) => void }) {
  const points = useMemo(
    () => seriesFrom(interval === 'day' ? patterns.daily : null, interval === 'week' ? patterns.weekly : interval === 'month' ? patterns.monthly : null),
    [patterns, interval],
  );
  const caption = useCaption({
    title: `${INTERVAL_LABELS[interval]} posts${subtitle ? ` — ${subtitle}` : ''}`,
    filter,
    tz: patterns.tz,
    range: { first: patterns.firstDate, last: patterns.lastDate },
    posts: patterns.posts,
    definitions: ['localTime', ...(interval === 'week' ? (['week'] as const) : [])],
    notes: ['Periods without posts are shown as 0.', ...notes(patterns)],
  });
  const render = useCallback((width: number) => seriesChart(points, width), [points]);
  return (
    <Figure
      title={`Posts over time${subtitle ? ` — ${subtitle}` : ''}`}
      caption={caption}
      render={points.length ? render : null}
      empty={<p className="muted">No dated posts in this selection.</p>}
      fileName={`posts-${interval}-${patterns.tz}`}
      csv={{ header: [interval === 'day' ? 'date' : interval, 'start', 'posts'], rows: points.map((p) => [p.label, p.start, p.posts]) }}
      controls={
        onInterval && (
          <select className="select select--compact" value={interval} onChange={(e) => onInterval(e.target.value as SeriesInterval)} aria-label="Period">
            {SERIES_INTERVALS.map((i) => (
              <option key={i} value={i}>
                {INTERVAL_LABELS[i]}
              </option>
            ))}
          </select>
        )
      }
    />
  );
}

export function HeatmapFigure({ patterns, filter, subtitle }: Props) {
  const caption = useCaption({
    title: `Posts by weekday and hour (${patterns.tz})${subtitle ? ` — ${subtitle}` : ''}`,
    filter,
    tz: patterns.tz,
    range: { first: patterns.firstDate, last: patterns.lastDate },
    posts: patterns.posts - patterns.undated,
    definitions: ['localTime', 'weekday'],
    notes: notes(patterns),
  });
  const render = useCallback((width: number) => heatmapChart(patterns.cells, width, patterns.tz), [patterns]);
  return (
    <Figure
      title={`Weekday × hour${subtitle ? ` — ${subtitle}` : ''}`}
      caption={caption}
      render={patterns.posts > patterns.undated ? render : null}
      empty={<p className="muted">No dated posts in this selection.</p>}
      fileName={`heatmap-${patterns.tz}`}
      csv={{ header: ['weekday_iso', 'hour', 'posts', 'time_zone'], rows: patterns.cells.map((c) => [c.weekday, c.hour, c.posts, patterns.tz]) }}
    />
  );
}
