/** Day, ISO week and month periods over local day numbers, with labels and zero-filled ranges. */
import type { SeriesInterval } from '../../../shared/domain/analysis';
import { formatDay, formatIsoWeek, formatMonth, monthIndex, monthStartDays, weekStart } from './civilDays';

export interface PeriodScheme {
  /** The period (an integer, increasing with time) containing a local day number. */
  of(day: number): number;
  next(period: number): number;
  /** YYYY-MM-DD, YYYY-Www or YYYY-MM. */
  label(period: number): string;
  /** First local day of the period, YYYY-MM-DD. */
  start(period: number): string;
}

const SCHEMES: Record<SeriesInterval, PeriodScheme> = {
  day: { of: (d) => d, next: (p) => p + 1, label: formatDay, start: formatDay },
  week: { of: weekStart, next: (p) => p + 7, label: formatIsoWeek, start: formatDay },
  month: { of: monthIndex, next: (p) => p + 1, label: formatMonth, start: (p) => formatDay(monthStartDays(p)) },
};

export function periodScheme(interval: SeriesInterval): PeriodScheme {
  return SCHEMES[interval];
}

/** Longest zero-filled series returned; beyond it only periods with data are listed. */
export const MAX_FILLED_PERIODS = 200_000;

/** Periods from the first to the last key of `values` (zero-filled), in order. */
export function filledPeriods(scheme: PeriodScheme, keys: Iterable<number>): number[] {
  const sorted = [...keys].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const out: number[] = [];
  for (let p = first; p <= last; p = scheme.next(p)) {
    out.push(p);
    if (out.length > MAX_FILLED_PERIODS) return sorted;
  }
  return out;
}
