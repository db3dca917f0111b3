import { useCallback } from 'react';

import { TOP_KINDS, TOP_METRICS, type TopItem, type TopKind, type TopMetric } from '../../../../shared/domain/analysis';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFilterStore } from '../filters/filterStore';
import { useAnalysisView } from './analysisViewStore';
import { topChart } from './charts';
import { DataTable } from './DataTable';
import { Figure } from './Figure';
import { formatCount, formatShare } from './numbers';
import { useAnalysis } from './useAnalysis';
import { useCaption } from './useCaption';

const KIND_LABELS: Record<TopKind, string> = { hashtags: 'Hashtags', sounds: 'Sounds', mentions: 'Mentioned accounts', authors: 'Authors' };
const METRIC_LABELS: Record<TopMetric, string> = { posts: 'posts', authors: 'distinct authors', views: 'views' };
const PREFIX: Record<TopKind, string> = { hashtags: '#', sounds: '', mentions: '@', authors: '@' };

const name = (kind: TopKind, i: TopItem) => (kind === 'sounds' ? (i.title ?? i.key) : `${PREFIX[kind]}${i.key}`);

export function TopPanel() {
  const filter = useFilterStore((s) => s.filter);
  const add = useFilterStore((s) => s.add);
  const { topKind, topBy, set } = useAnalysisView();
  const { data, error, reload } = useAnalysis('analysis.top', { filter, kind: topKind, by: topBy, limit: 50 });
  const caption = useCaption({
    title: `Top ${KIND_LABELS[topKind].toLowerCase()} by ${METRIC_LABELS[topBy]}`,
    tz: null,
    posts: data?.totals.posts,
    definitions: ['share'],
    notes: data
      ? [
          `Totals: ${formatCount(data.totals.posts)} posts, ${formatCount(data.totals.authors)} authors, ${formatCount(data.totals.views)} views (missing view counts add nothing). ${formatCount(data.totalItems)} ${KIND_LABELS[topKind].toLowerCase()} in all; ties are ordered by key.`,
        ]
      : [],
  });
  const render = useCallback((width: number) => topChart(data!.items, topBy, width, (i) => name(topKind, i)), [data, topBy, topKind]);
  // Mentions have no filter of their own: clicking one narrows to posts *by* that account, and says so.
  const pick = (i: TopItem) => add(topKind === 'hashtags' ? 'hashtags' : topKind === 'sounds' ? 'sounds' : 'authors', i.key, i.title ?? i.key);
  const canTrend = topKind === 'hashtags' || topKind === 'sounds';

  const controls = (
    <>
      <select className="select select--compact" value={topKind} onChange={(e) => set({ topKind: e.target.value as TopKind })} aria-label="What to rank">
        {TOP_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <select className="select select--compact" value={topBy} onChange={(e) => set({ topBy: e.target.value as TopMetric })} aria-label="Rank by">
        {TOP_METRICS.map((m) => (
          <option key={m} value={m}>
            by {METRIC_LABELS[m]}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <div className="stack analysis-panel">
      {error !== null && <ErrorNotice title="Top entities could not be computed" error={error} onRetry={reload} />}
      <Figure
        title={`Top ${KIND_LABELS[topKind].toLowerCase()}`}
        caption={[...caption.slice(0, 1), ...caption.slice(1), 'The chart shows the first 25; the table and CSV list 50.']}
        render={data && data.items.length > 0 ? render : null}
        empty={<p className="muted">Nothing to rank in this selection.</p>}
        fileName={`top-${topKind}-by-${topBy}`}
        csv={{
          header: ['key', ...(topKind === 'sounds' ? ['title'] : ['label']), 'posts', 'authors', 'views', 'share_posts', 'share_authors', 'share_views'],
          rows: (data?.items ?? []).map((i) => [i.key, topKind === 'sounds' ? i.title : i.label, i.posts, i.authors, i.views, i.sharePosts, i.shareAuthors, i.shareViews]),
        }}
        controls={controls}
      />
      <DataTable<TopItem>
        title={`${KIND_LABELS[topKind]} — click one to add it to the filter`}
        caption={caption}
        rows={data?.items ?? []}
        rowKey={(i) => i.key}
        fileName={`top-${topKind}-by-${topBy}-table`}
        onRowClick={pick}
        rowActionLabel={(i) => (topKind === 'mentions' ? `Show posts by @${i.key}` : `Add ${name(topKind, i)} to the filter`)}
        columns={[
          { label: KIND_LABELS[topKind], cell: (i) => name(topKind, i), value: (i) => i.key },
          ...(topKind === 'sounds' ? [{ label: 'Music id', cell: (i: TopItem) => <code>{i.key}</code>, value: (i: TopItem) => i.key }] : []),
          { label: 'Posts', cell: (i) => formatCount(i.posts), value: (i) => i.posts, numeric: true },
          { label: 'Share of posts', cell: (i) => formatShare(i.sharePosts), value: (i) => i.sharePosts, numeric: true },
          { label: 'Authors', cell: (i) => formatCount(i.authors), value: (i) => i.authors, numeric: true },
          { label: 'Share of authors', cell: (i) => formatShare(i.shareAuthors), value: (i) => i.shareAuthors, numeric: true },
          { label: 'Views', cell: (i) => formatCount(i.views), value: (i) => i.views, numeric: true },
          { label: 'Share of views', cell: (i) => formatShare(i.shareViews), value: (i) => i.shareViews, numeric: true },
          ...(canTrend
            ? [
                {
                  label: 'Lifecycle',
                  cell: (i: TopItem) => (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => set({ tab: 'trends', trend: { kind: topKind === 'hashtags' ? 'hashtag' : 'sound', key: i.key, label: name(topKind, i) } })}
                    >
                      Trend
                    </button>
                  ),
                  value: () => null,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
