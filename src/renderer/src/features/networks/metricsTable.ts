/** Sorting and CSV for the metrics table (pure, tested). */
import type { NetworkNodeView } from '../../../../shared/domain/network';

export const METRIC_COLUMNS = [
  { key: 'label', label: 'Node', numeric: false },
  { key: 'type', label: 'Type', numeric: false },
  { key: 'posts', label: 'Posts', numeric: true },
  { key: 'degree', label: 'Degree', numeric: true },
  { key: 'weightedDegree', label: 'Weighted degree', numeric: true },
  { key: 'pagerank', label: 'PageRank', numeric: true },
  { key: 'betweenness', label: 'Betweenness', numeric: true },
  { key: 'community', label: 'Community', numeric: true },
] as const;

export type MetricKey = (typeof METRIC_COLUMNS)[number]['key'];

export interface TableSort {
  key: MetricKey;
  descending: boolean;
}

/** Numbers sort numerically with missing values last; text by locale; ties by id, for stability. */
export function sortNodes(nodes: readonly NetworkNodeView[], sort: TableSort): NetworkNodeView[] {
  const dir = sort.descending ? -1 : 1;
  return [...nodes].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    let c = 0;
    if (typeof x === 'number' && typeof y === 'number') c = x - y;
    else if (x !== null && y !== null) c = String(x).localeCompare(String(y));
    return c !== 0 ? c * dir : a.id.localeCompare(b.id);
  });
}

export function metricsCsvRows(nodes: readonly NetworkNodeView[]): { header: string[]; rows: unknown[][] } {
  return {
    header: ['id', 'label', 'type', 'posts', 'degree', 'weighted_degree', 'pagerank', 'betweenness', 'community'],
    rows: nodes.map((n) => [n.id, n.label, n.type, n.posts, n.degree, n.weightedDegree, n.pagerank ?? '', n.betweenness ?? '', n.community ?? '']),
  };
}
