/**
 * Per-author posting rhythm: how often each author posts (per active day and per day of their
 * active span), the gaps between consecutive posts, and bursts — runs of at least `burstMinPosts`
 * posts each within `burstGapMinutes` of the previous one. Days are local days in the chosen zone;
 * gaps are real elapsed time.
 */
import type { AuthorRhythm, PostingRhythm } from '../../../shared/domain/analysis';
import { entityLabels, type EntityLabel } from '../../db/analysis/entityLabels';
import { isoFromUnix } from '../../db/repositories/postsReader';
import type { Db } from '../../db/connection';
import { localDays, NO_DAY } from './localDays';
import { median } from './orderStatistics';
import { rankByMetric } from './ranking';
import { rowsByAuthor } from './rowsByAuthor';
import type { Selection } from './selection';
import { zoneOffsets } from './zoneOffsets';

export interface RhythmOptions {
  tz?: string;
  limit?: number;
  minPosts?: number;
  burstGapMinutes?: number;
  burstMinPosts?: number;
}

/** `times` and `localDayList` are the author's dated posts (any order, same length). */
function rhythmOf(times: Float64Array, localDayList: Int32Array, burstGapSeconds: number, burstMinPosts: number) {
  times.sort();
  localDayList.sort();
  const n = times.length;
  const days = new Set<number>(localDayList);
  const gaps = new Float64Array(Math.max(0, n - 1));
  let bursts = 0;
  let postsInBursts = 0;
  let run = 1;
  const closeRun = () => {
    if (run >= burstMinPosts) {
      bursts++;
      postsInBursts += run;
    }
  };
  for (let k = 1; k < n; k++) {
    const gap = times[k]! - times[k - 1]!;
    gaps[k - 1] = gap / 3600;
    if (gap <= burstGapSeconds) run++;
    else {
      closeRun();
      run = 1;
    }
  }
  closeRun();
  const spanDays = localDayList[n - 1]! - localDayList[0]! + 1;
  let gapSum = 0;
  let maxGap = 0;
  for (const g of gaps) {
    gapSum += g;
    if (g > maxGap) maxGap = g;
  }
  return {
    posts: n,
    firstPost: isoFromUnix(times[0]!)!,
    lastPost: isoFromUnix(times[n - 1]!)!,
    activeDays: days.size,
    spanDays,
    postsPerActiveDay: n / days.size,
    postsPerDay: n / spanDays,
    medianGapHours: median(Float64Array.from(gaps)),
    meanGapHours: gaps.length ? gapSum / gaps.length : null,
    maxGapHours: gaps.length ? maxGap : null,
    bursts,
    postsInBursts,
  };
}

export function postingRhythm(db: Db, selection: Selection, options: RhythmOptions = {}): PostingRhythm {
  const zone = zoneOffsets(options.tz);
  const burstGapMinutes = options.burstGapMinutes ?? 60;
  const burstMinPosts = options.burstMinPosts ?? 3;
  const minPosts = options.minPosts ?? 2;
  const { frame } = selection;
  const times = frame.posts.createTime;
  const account = frame.posts.account;
  const days = localDays(frame, zone);

  // Each author's dated posts: a run of consecutive entries in the author-ordered rows.
  const { rows } = rowsByAuthor(selection);
  const runs = new Map<number, { from: number; to: number; dated: number }>();
  for (let k = 0; k < rows.length; ) {
    const author = account[rows[k]!]!;
    let end = k;
    let dated = 0;
    while (end < rows.length && account[rows[end]!] === author) {
      if (!Number.isNaN(times[rows[end]!]!)) dated++;
      end++;
    }
    if (author !== 0 && dated >= minPosts) runs.set(author, { from: k, to: end, dated });
    k = end;
  }

  const ranked = rankByMetric<EntityLabel>([...runs.keys()], (a) => runs.get(a)!.dated, options.limit ?? 50, (ids) =>
    entityLabels(db, 'accounts', ids),
  );
  const authors: AuthorRhythm[] = ranked.map(({ id, label }) => {
    const run = runs.get(id)!;
    const own = new Float64Array(run.dated);
    const ownDays = new Int32Array(run.dated);
    let n = 0;
    for (let k = run.from; k < run.to; k++) {
      const i = rows[k]!;
      if (days[i] === NO_DAY) continue;
      own[n] = times[i]!;
      ownDays[n++] = days[i]!;
    }
    return { key: label.key, label: label.label, ...rhythmOf(own, ownDays, burstGapMinutes * 60, burstMinPosts) };
  });
  return { tz: zone.zone, burstGapMinutes, burstMinPosts, totalAuthors: runs.size, authors };
}
