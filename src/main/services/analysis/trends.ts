/**
 * The lifecycle of one hashtag or sound within a selection: first and last post, posts and
 * adopting authors per period (new and cumulative), the peak, and how fast it decays after it.
 */
import type { SeriesInterval, TrendKind, TrendLifecycle, TrendPeriod } from '../../../shared/domain/analysis';
import { normaliseTag } from '../../../shared/domain/normalise';
import { ApiError } from '../../../shared/api/result';
import { entityIdByKey, entityLabels } from '../../db/analysis/entityLabels';
import { isoFromUnix } from '../../db/repositories/postsReader';
import type { Db } from '../../db/connection';
import { localDays } from './localDays';
import { filledPeriods, periodScheme } from './periods';
import type { Selection } from './selection';
import { zoneOffsets } from './zoneOffsets';

export interface TrendOptions {
  kind: TrendKind;
  key: string;
  tz?: string;
  interval?: SeriesInterval;
}

function rowsWithEntity({ frame, rows }: Selection, kind: TrendKind, id: number): number[] {
  const out: number[] = [];
  if (kind === 'sound') {
    for (let k = 0; k < rows.length; k++) if (frame.posts.sound[rows[k]!] === id) out.push(rows[k]!);
    return out;
  }
  const { offsets, values } = frame.linkIndex('hashtags');
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      if (values[j] === id) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

interface PeriodTally {
  posts: number;
  authors: Set<number>;
  newAuthors: number;
  views: number;
}

export function trendLifecycle(db: Db, selection: Selection, options: TrendOptions): TrendLifecycle {
  const table = options.kind === 'hashtag' ? 'hashtags' : 'sounds';
  const key = options.kind === 'hashtag' ? normaliseTag(options.key) : options.key.trim();
  const id = entityIdByKey(db, table, key);
  if (id === null) throw new ApiError('NOT_FOUND', `This study has no ${options.kind} "${options.key}".`);
  const label = entityLabels(db, table, [id]).get(id)?.label ?? null;
  const zone = zoneOffsets(options.tz);
  const interval = options.interval ?? 'day';
  const scheme = periodScheme(interval);
  const posts = selection.frame.posts;

  const matched = rowsWithEntity(selection, options.kind, id);
  const dated = matched.filter((i) => !Number.isNaN(posts.createTime[i]!)).sort((a, b) => posts.createTime[a]! - posts.createTime[b]! || a - b);
  const allAuthors = new Set<number>();
  let views = 0;
  const tallies = new Map<number, PeriodTally>();
  for (const i of matched) {
    const v = posts.views[i]!;
    if (v === v) views += v;
  }
  const days = localDays(selection.frame, zone);
  for (const i of dated) {
    const period = scheme.of(days[i]!);
    let t = tallies.get(period);
    if (!t) {
      t = { posts: 0, authors: new Set(), newAuthors: 0, views: 0 };
      tallies.set(period, t);
    }
    t.posts++;
    const v = posts.views[i]!;
    if (v === v) t.views += v;
    const author = posts.account[i]!;
    if (author !== 0) {
      t.authors.add(author);
      if (!allAuthors.has(author)) {
        allAuthors.add(author);
        t.newAuthors++;
      }
    }
  }
  for (const i of matched) if (posts.account[i] !== 0) allAuthors.add(posts.account[i]!);

  let cumulative = 0;
  const series: TrendPeriod[] = filledPeriods(scheme, tallies.keys()).map((p) => {
    const t = tallies.get(p);
    cumulative += t?.newAuthors ?? 0;
    return {
      period: scheme.label(p),
      start: scheme.start(p),
      posts: t?.posts ?? 0,
      authors: t?.authors.size ?? 0,
      newAuthors: t?.newAuthors ?? 0,
      cumulativeAuthors: cumulative,
      views: t?.views ?? 0,
    };
  });

  let peakIndex = -1;
  series.forEach((s, index) => {
    if (peakIndex < 0 || s.posts > series[peakIndex]!.posts) peakIndex = index;
  });
  const peak = peakIndex >= 0 ? series[peakIndex]! : null;
  let halfLife: number | null = null;
  let afterPeak = 0;
  if (peak) {
    for (let index = peakIndex + 1; index < series.length; index++) {
      if (halfLife === null && series[index]!.posts <= peak.posts / 2) halfLife = index - peakIndex;
      afterPeak += series[index]!.posts;
    }
  }

  return {
    kind: options.kind,
    key,
    label,
    tz: zone.zone,
    interval,
    posts: matched.length,
    authors: allAuthors.size,
    views,
    firstSeen: dated.length ? isoFromUnix(posts.createTime[dated[0]!]!) : null,
    lastSeen: dated.length ? isoFromUnix(posts.createTime[dated[dated.length - 1]!]!) : null,
    peak: peak ? { period: peak.period, posts: peak.posts } : null,
    halfLifePeriods: halfLife,
    postPeakShare: dated.length ? afterPeak / dated.length : null,
    series,
  };
}
