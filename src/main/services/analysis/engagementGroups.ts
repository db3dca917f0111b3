/**
 * Engagement per author, hashtag, sound, local day, ISO week or month: posts, posts with views and
 * the rate statistics of each group. Entity groups are ordered by posts (descending), then key;
 * time groups chronologically.
 */
import type { EngagementGroup, EngagementGrouping, EngagementGroups } from '../../../shared/domain/analysis';
import { entityLabels, type EntityLabel, type EntityTable } from '../../db/analysis/entityLabels';
import type { Db } from '../../db/connection';
import { engagementsAt, rateAt } from './engagementRate';
import { membership } from './groupMembership';
import { median } from './orderStatistics';
import { periodScheme } from './periods';
import { rankByMetric } from './ranking';
import type { Selection } from './selection';
import { zoneOffsets } from './zoneOffsets';

export interface GroupOptions {
  by: EngagementGrouping;
  tz?: string;
  limit?: number;
  minPosts?: number;
}

const TABLE: Partial<Record<EngagementGrouping, EntityTable>> = { author: 'accounts', hashtag: 'hashtags', sound: 'sounds' };

interface GroupTotals {
  posts: Int32Array;
  withViews: Int32Array;
  rated: Int32Array;
  rateSum: Float64Array;
  engagements: Float64Array;
  views: Float64Array;
  /** Rates of group g are rates[start[g] .. start[g + 1]). */
  start: Int32Array;
  rates: Float64Array;
}

function accumulate(selection: Selection, row: Int32Array, group: Int32Array, groups: number): GroupTotals {
  const posts = selection.frame.posts;
  const t: GroupTotals = {
    posts: new Int32Array(groups),
    withViews: new Int32Array(groups),
    rated: new Int32Array(groups),
    rateSum: new Float64Array(groups),
    engagements: new Float64Array(groups),
    views: new Float64Array(groups),
    start: new Int32Array(groups + 1),
    rates: new Float64Array(0),
  };
  const rateOfMember = new Float64Array(row.length);
  for (let m = 0; m < row.length; m++) {
    const i = row[m]!;
    const g = group[m]!;
    t.posts[g]!++;
    if (posts.views[i]! > 0) t.withViews[g]!++;
    const rate = rateAt(posts, i);
    rateOfMember[m] = rate;
    if (Number.isNaN(rate)) continue;
    t.rated[g]!++;
    t.rateSum[g]! += rate;
    t.engagements[g]! += engagementsAt(posts, i);
    t.views[g]! += posts.views[i]!;
  }
  for (let g = 0; g < groups; g++) t.start[g + 1] = t.start[g]! + t.rated[g]!;
  t.rates = new Float64Array(t.start[groups]!);
  const cursor = t.start.slice(0, groups);
  for (let m = 0; m < row.length; m++) {
    const rate = rateOfMember[m]!;
    if (!Number.isNaN(rate)) t.rates[cursor[group[m]!]!++] = rate;
  }
  return t;
}

function statsOf(t: GroupTotals, g: number): Omit<EngagementGroup, 'key' | 'label'> {
  const rated = t.rated[g]!;
  return {
    posts: t.posts[g]!,
    postsWithViews: t.withViews[g]!,
    ratedPosts: rated,
    meanRate: rated > 0 ? t.rateSum[g]! / rated : null,
    medianRate: median(t.rates, t.start[g]!, t.start[g + 1]!),
    pooledRate: t.views[g]! > 0 ? t.engagements[g]! / t.views[g]! : null,
  };
}

export function engagementGroups(db: Db, selection: Selection, options: GroupOptions): EngagementGroups {
  const zone = zoneOffsets(options.tz);
  const { row, group, groupIds } = membership(selection, options.by, zone);
  const totals = accumulate(selection, row, group, groupIds.length);
  const minPosts = options.minPosts ?? 1;
  const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
  const eligible: number[] = [];
  for (let g = 0; g < groupIds.length; g++) if (totals.posts[g]! >= minPosts) eligible.push(g);

  const table = TABLE[options.by];
  let groups: EngagementGroup[];
  if (table) {
    const ranked = rankByMetric<EntityLabel>(
      eligible,
      (g) => totals.posts[g]!,
      limit,
      (gs) => {
        const byId = entityLabels(db, table, gs.map((g) => groupIds[g]!));
        return new Map(gs.filter((g) => byId.has(groupIds[g]!)).map((g) => [g, byId.get(groupIds[g]!)!]));
      },
    );
    groups = ranked.map(({ id: g, label }) => ({ key: label.key, label: label.label, ...statsOf(totals, g) }));
  } else {
    const scheme = periodScheme(options.by as 'day' | 'week' | 'month');
    groups = eligible
      .sort((a, b) => groupIds[a]! - groupIds[b]!)
      .slice(0, limit)
      .map((g) => ({ key: scheme.label(groupIds[g]!), label: scheme.start(groupIds[g]!), ...statsOf(totals, g) }));
  }
  return { by: options.by, tz: table ? 'UTC' : zone.zone, totalGroups: eligible.length, groups };
}
