import type { OutlierPost } from '../../../../shared/domain/analysis';
import { formatDateTime } from '../../lib/format';
import { useFilterStore } from '../filters/filterStore';
import { DataTable } from './DataTable';
import { formatCount, formatRate } from './numbers';
import { useAnalysis } from './useAnalysis';
import { useCaption } from './useCaption';

const MIN_POSTS = 5;
const THRESHOLD = 3;

/** Posts far above their own author's usual engagement (the author's median as baseline). */
export function OutliersTable() {
  const filter = useFilterStore((s) => s.filter);
  const { data } = useAnalysis('analysis.outliers', { filter, minPosts: MIN_POSTS, threshold: THRESHOLD, limit: 100 });
  const caption = useCaption({
    title: `Posts at least ${THRESHOLD}× their author’s median engagement rate`,
    tz: null,
    definitions: ['rate', 'median'],
    notes: [
      `Baseline: each author’s median rate over their posts in this selection; authors with at least ${MIN_POSTS} rated posts and a median above 0 (${formatCount(data?.authorsConsidered ?? 0)} authors).`,
      ...(data && data.totalOutliers > data.outliers.length ? [`The ${data.outliers.length} highest of ${formatCount(data.totalOutliers)}.`] : []),
    ],
  });
  return (
    <DataTable<OutlierPost>
      title="Outliers against the author’s own baseline"
      caption={caption}
      rows={data?.outliers ?? []}
      rowKey={(o) => o.postId}
      fileName="engagement-outliers"
      columns={[
        { label: 'Post id', cell: (o) => <code>{o.postId}</code>, value: (o) => o.postId },
        { label: 'Author', cell: (o) => `@${o.author}`, value: (o) => o.author },
        { label: 'Created (UTC)', cell: (o) => formatDateTime(o.createTime), value: (o) => o.createTime },
        { label: 'Views', cell: (o) => formatCount(o.views), value: (o) => o.views, numeric: true },
        { label: 'Rate', cell: (o) => formatRate(o.rate), value: (o) => o.rate, numeric: true },
        { label: 'Author median', cell: (o) => formatRate(o.authorMedian), value: (o) => o.authorMedian, numeric: true },
        { label: '× median', cell: (o) => o.ratio.toFixed(1), value: (o) => o.ratio, numeric: true },
      ]}
    />
  );
}
