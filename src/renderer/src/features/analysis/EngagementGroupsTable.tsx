import { ENGAGEMENT_GROUPINGS, type EngagementGroup, type EngagementGrouping } from '../../../../shared/domain/analysis';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFilterStore } from '../filters/filterStore';
import { useAnalysisView } from './analysisViewStore';
import { DataTable, type Column } from './DataTable';
import { formatCount, formatRate } from './numbers';
import { useAnalysis } from './useAnalysis';
import { useCaption } from './useCaption';

const GROUP_LABELS: Record<EngagementGrouping, string> = {
  author: 'Author',
  hashtag: 'Hashtag',
  sound: 'Sound',
  day: 'Day',
  week: 'ISO week',
  month: 'Month',
};
const TIME: ReadonlySet<EngagementGrouping> = new Set(['day', 'week', 'month']);
const LIMIT = 200;

function columns(by: EngagementGrouping): Array<Column<EngagementGroup>> {
  const name = (g: EngagementGroup) => (by === 'hashtag' ? `#${g.key}` : by === 'author' ? `@${g.key}` : by === 'sound' ? (g.label ?? g.key) : g.key);
  return [
    { label: GROUP_LABELS[by], cell: name, value: (g) => g.key },
    ...(by === 'sound' ? [{ label: 'Title', cell: (g: EngagementGroup) => g.label ?? '', value: (g: EngagementGroup) => g.label }] : []),
    { label: 'Posts', cell: (g) => formatCount(g.posts), value: (g) => g.posts, numeric: true },
    { label: 'With views', cell: (g) => formatCount(g.postsWithViews), value: (g) => g.postsWithViews, numeric: true },
    { label: 'With a rate', cell: (g) => formatCount(g.ratedPosts), value: (g) => g.ratedPosts, numeric: true },
    { label: 'Mean rate', cell: (g) => formatRate(g.meanRate), value: (g) => g.meanRate, numeric: true },
    { label: 'Median rate', cell: (g) => formatRate(g.medianRate), value: (g) => g.medianRate, numeric: true },
    { label: 'Pooled rate', cell: (g) => formatRate(g.pooledRate), value: (g) => g.pooledRate, numeric: true },
  ];
}

export function EngagementGroupsTable() {
  const filter = useFilterStore((s) => s.filter);
  const add = useFilterStore((s) => s.add);
  const { groupBy, tz, set } = useAnalysisView();
  const isTime = TIME.has(groupBy);
  const { data, error } = useAnalysis('analysis.engagementBy', { filter, by: groupBy, tz: isTime ? tz : 'UTC', limit: isTime ? 100_000 : LIMIT });
  const caption = useCaption({
    title: `Engagement by ${GROUP_LABELS[groupBy].toLowerCase()}`,
    tz: isTime ? tz : null,
    range: isTime && data?.groups.length ? { first: data.groups[0]!.key, last: data.groups[data.groups.length - 1]!.key } : null,
    definitions: ['rate', 'mean', 'median', 'pooled', ...(groupBy === 'week' ? (['week'] as const) : [])],
    notes: data && !isTime && data.totalGroups > data.groups.length ? [`The ${formatCount(data.groups.length)} groups with the most posts of ${formatCount(data.totalGroups)}.`] : [],
  });
  const canFilter = groupBy === 'author' || groupBy === 'hashtag' || groupBy === 'sound';
  return (
    <>
      {error !== null && <ErrorNotice title="Engagement by group could not be computed" error={error} />}
      <DataTable
        title="By group"
        caption={caption}
        columns={columns(groupBy)}
        rows={data?.groups ?? []}
        rowKey={(g) => g.key}
        fileName={`engagement-by-${groupBy}`}
        onRowClick={canFilter ? (g) => add(groupBy === 'author' ? 'authors' : groupBy === 'hashtag' ? 'hashtags' : 'sounds', g.key, g.label ?? g.key) : undefined}
        rowActionLabel={() => 'Add to the filter'}
        controls={
          <label className="analysis-select">
            Group by{' '}
            <select className="select select--compact" value={groupBy} onChange={(e) => set({ groupBy: e.target.value as EngagementGrouping })}>
              {ENGAGEMENT_GROUPINGS.map((g) => (
                <option key={g} value={g}>
                  {GROUP_LABELS[g]}
                </option>
              ))}
            </select>
          </label>
        }
      />
    </>
  );
}
