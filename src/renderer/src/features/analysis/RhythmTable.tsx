import type { AuthorRhythm } from '../../../../shared/domain/analysis';
import { formatDate } from '../../lib/format';
import { useFilterStore } from '../filters/filterStore';
import { useAnalysisView } from './analysisViewStore';
import { DataTable } from './DataTable';
import { formatCount, formatHours } from './numbers';
import { useAnalysis } from './useAnalysis';
import { useCaption } from './useCaption';

const GAP_MINUTES = 60;
const BURST_POSTS = 3;

/** Per-author posting rhythm for the most active authors in the selection. */
export function RhythmTable() {
  const filter = useFilterStore((s) => s.filter);
  const add = useFilterStore((s) => s.add);
  const tz = useAnalysisView((s) => s.tz);
  const { data } = useAnalysis('analysis.rhythm', { filter, tz, limit: 100, burstGapMinutes: GAP_MINUTES, burstMinPosts: BURST_POSTS });
  const caption = useCaption({
    title: 'Posting rhythm of the most active authors',
    tz,
    definitions: ['localTime'],
    notes: [
      `Active days are local days with at least one post; span = days from the first to the last post. Gaps are real elapsed hours between consecutive posts. A burst is a run of at least ${BURST_POSTS} posts, each within ${GAP_MINUTES} minutes of the previous one.`,
      ...(data && data.totalAuthors > data.authors.length ? [`${data.authors.length} of ${formatCount(data.totalAuthors)} authors with two or more dated posts.`] : []),
    ],
  });
  return (
    <DataTable<AuthorRhythm>
      title="Posting rhythm per author"
      caption={caption}
      rows={data?.authors ?? []}
      rowKey={(a) => a.key}
      fileName={`posting-rhythm-${tz}`}
      onRowClick={(a) => add('authors', a.key)}
      rowActionLabel={(a) => `Add @${a.key} to the filter`}
      columns={[
        { label: 'Author', cell: (a) => `@${a.key}`, value: (a) => a.key },
        { label: 'Posts', cell: (a) => formatCount(a.posts), value: (a) => a.posts, numeric: true },
        { label: 'First', cell: (a) => formatDate(a.firstPost), value: (a) => a.firstPost },
        { label: 'Last', cell: (a) => formatDate(a.lastPost), value: (a) => a.lastPost },
        { label: 'Active days', cell: (a) => formatCount(a.activeDays), value: (a) => a.activeDays, numeric: true },
        { label: 'Posts / active day', cell: (a) => a.postsPerActiveDay.toFixed(2), value: (a) => a.postsPerActiveDay, numeric: true },
        { label: 'Posts / day of span', cell: (a) => a.postsPerDay.toFixed(2), value: (a) => a.postsPerDay, numeric: true },
        { label: 'Median gap', cell: (a) => formatHours(a.medianGapHours), value: (a) => a.medianGapHours, numeric: true },
        { label: 'Longest gap', cell: (a) => formatHours(a.maxGapHours), value: (a) => a.maxGapHours, numeric: true },
        { label: 'Bursts', cell: (a) => formatCount(a.bursts), value: (a) => a.bursts, numeric: true },
        { label: 'Posts in bursts', cell: (a) => formatCount(a.postsInBursts), value: (a) => a.postsInBursts, numeric: true },
      ]}
    />
  );
}
