/**
 * Posting patterns in a chosen IANA zone: the weekday × hour heatmap and zero-filled daily, weekly
 * and monthly counts. Posts are first counted per 15-minute UTC bucket; each bucket is then
 * placed in local time once. That is exact whenever the zone's offset is constant over the bucket
 * and a whole number of quarter hours (every zone in use today, +05:30 and +05:45 included);
 * buckets where it is not (a transition inside the bucket, historic local-mean-time offsets) are
 * placed post by post.
 */
import type { HeatmapCell, PeriodCount, PostingPatterns } from '../../../shared/domain/analysis';
import { formatDay, isoWeekday } from './civilDays';
import { localSeconds } from './localTime';
import { filledPeriods, periodScheme } from './periods';
import type { Selection } from './selection';
import { zoneOffsets, type ZoneOffsets } from './zoneOffsets';

const BUCKET = 900;
const DAY = 86400;
/** Bucket ranges up to this size are counted in a typed array, wider ones in a Map. */
const DENSE_BUCKETS = 1 << 22;

class LocalTally {
  readonly cells = new Float64Array(7 * 24);
  readonly days = new Map<number, number>();

  add(local: number, posts: number): void {
    const day = Math.floor(local / DAY);
    const hour = Math.floor((local - day * DAY) / 3600);
    this.cells[(isoWeekday(day) - 1) * 24 + hour]! += posts;
    this.days.set(day, (this.days.get(day) ?? 0) + posts);
  }
}

function bucketCounts(selection: Selection): { counts: Map<number, number>; undated: number } {
  const { frame, rows } = selection;
  const times = frame.posts.createTime;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let undated = 0;
  for (let k = 0; k < rows.length; k++) {
    const t = times[rows[k]!]!;
    if (Number.isNaN(t)) undated++;
    else {
      if (t < min) min = t;
      if (t > max) max = t;
    }
  }
  const counts = new Map<number, number>();
  if (min > max) return { counts, undated };
  const first = Math.floor(min / BUCKET);
  const span = Math.floor(max / BUCKET) - first + 1;
  if (span <= DENSE_BUCKETS) {
    const dense = new Int32Array(span);
    for (let k = 0; k < rows.length; k++) {
      const t = times[rows[k]!]!;
      if (!Number.isNaN(t)) dense[Math.floor(t / BUCKET) - first]!++;
    }
    for (let b = 0; b < span; b++) if (dense[b]! > 0) counts.set(first + b, dense[b]!);
  } else {
    for (let k = 0; k < rows.length; k++) {
      const t = times[rows[k]!]!;
      if (Number.isNaN(t)) continue;
      const b = Math.floor(t / BUCKET);
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }
  return { counts, undated };
}

/** The offset of a bucket that lies inside one local quarter hour with one offset, else null. */
function uniformBucketOffset(zone: ZoneOffsets, start: number): number | null {
  const offset = zone.offsetAt(start);
  if (zone.offsetAt(start + BUCKET - 1) !== offset) return null;
  return (((start + offset) % BUCKET) + BUCKET) % BUCKET === 0 ? offset : null;
}

function tallyLocal(selection: Selection, zone: ZoneOffsets): { tally: LocalTally; undated: number } {
  const { counts, undated } = bucketCounts(selection);
  const tally = new LocalTally();
  const split = new Set<number>();
  for (const [bucket, posts] of counts) {
    const start = bucket * BUCKET;
    const offset = uniformBucketOffset(zone, start);
    if (offset === null) split.add(bucket);
    else tally.add(start + offset, posts);
  }
  if (split.size > 0) {
    const { frame, rows } = selection;
    const times = frame.posts.createTime;
    for (let k = 0; k < rows.length; k++) {
      const t = times[rows[k]!]!;
      if (!Number.isNaN(t) && split.has(Math.floor(t / BUCKET))) tally.add(localSeconds(zone, t), 1);
    }
  }
  return { tally, undated };
}

function periodSeries(days: Map<number, number>, interval: 'week' | 'month'): PeriodCount[] {
  const scheme = periodScheme(interval);
  const totals = new Map<number, number>();
  for (const [day, posts] of days) {
    const p = scheme.of(day);
    totals.set(p, (totals.get(p) ?? 0) + posts);
  }
  return filledPeriods(scheme, totals.keys()).map((p) => ({ period: scheme.label(p), start: scheme.start(p), posts: totals.get(p) ?? 0 }));
}

export function postingPatterns(selection: Selection, tz?: string): PostingPatterns {
  const zone = zoneOffsets(tz);
  const { tally, undated } = tallyLocal(selection, zone);
  const cells: HeatmapCell[] = [];
  for (let w = 1; w <= 7; w++) {
    for (let h = 0; h < 24; h++) cells.push({ weekday: w, hour: h, posts: tally.cells[(w - 1) * 24 + h]! });
  }
  const dayScheme = periodScheme('day');
  const daily = filledPeriods(dayScheme, tally.days.keys()).map((d) => ({ date: formatDay(d), posts: tally.days.get(d) ?? 0 }));
  return {
    tz: zone.zone,
    posts: selection.rows.length,
    undated,
    firstDate: daily[0]?.date ?? null,
    lastDate: daily[daily.length - 1]?.date ?? null,
    cells,
    daily,
    weekly: periodSeries(tally.days, 'week'),
    monthly: periodSeries(tally.days, 'month'),
  };
}
