/**
 * "Top N by a metric, ties by key": picks the candidates that can make the cut from the numbers
 * alone, looks up only their keys, then sorts by metric (descending) and key (code point order).
 */
import { compareKeys } from './keyOrder';
import { valuesAtRanks } from './orderStatistics';

export interface Ranked<L> {
  id: number;
  label: L;
}

export function rankByMetric<L extends { key: string }>(
  ids: readonly number[],
  metric: (id: number) => number,
  limit: number,
  labelsOf: (ids: number[]) => Map<number, L>,
): Array<Ranked<L>> {
  let candidates = ids as number[];
  if (limit < ids.length) {
    const values = Float64Array.from(ids, (id) => -metric(id));
    const threshold = -valuesAtRanks(values, [limit - 1]).get(limit - 1)!;
    candidates = ids.filter((id) => metric(id) >= threshold);
  }
  const labels = labelsOf(candidates);
  return candidates
    .filter((id) => labels.has(id))
    .map((id) => ({ id, label: labels.get(id)!, value: metric(id) }))
    .sort((a, b) => b.value - a.value || compareKeys(a.label.key, b.label.key))
    .slice(0, limit)
    .map(({ id, label }) => ({ id, label }));
}
