/** The engagement summary of a selection: rates, exclusions, approximate counts, follower variant. */
import type { ApproximateCounts, EngagementSummary, ExclusionCounts, FollowerEngagement } from '../../../shared/domain/analysis';
import { APPROX_BIT } from '../../../shared/domain/post';
import { followerEngagement } from './followerRate';
import { quartiles } from './orderStatistics';
import type { Selection } from './selection';

const RATE_INPUTS = APPROX_BIT.views | APPROX_BIT.likes | APPROX_BIT.comments | APPROX_BIT.shares;

export function engagementSummary(selection: Selection): EngagementSummary {
  const { frame, rows } = selection;
  const posts = frame.posts;
  const rates = new Float64Array(rows.length);
  const excluded: ExclusionCounts = { total: 0, missingViews: 0, zeroViews: 0, missingCounts: 0 };
  const approximate: ApproximateCounts = { posts: 0, ratedPosts: 0, views: 0, likes: 0, comments: 0, shares: 0, saves: 0 };
  let rated = 0;
  let rateSum = 0;
  let engagements = 0;
  let ratedViews = 0;
  let postsWithViews = 0;

  const { views, likes, comments, shares } = posts;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const mask = posts.approx[i]!;
    if (mask !== 0) {
      approximate.posts++;
      if (mask & APPROX_BIT.views) approximate.views++;
      if (mask & APPROX_BIT.likes) approximate.likes++;
      if (mask & APPROX_BIT.comments) approximate.comments++;
      if (mask & APPROX_BIT.shares) approximate.shares++;
      if (mask & APPROX_BIT.saves) approximate.saves++;
    }
    // The same rule as engagementRate.ts, inlined: this loop runs a million times per refresh.
    const v = views[i]!;
    if (v !== v) {
      excluded.missingViews++;
      continue;
    }
    if (v <= 0) {
      excluded.zeroViews++;
      continue;
    }
    postsWithViews++;
    const e = likes[i]! + comments[i]! + shares[i]!;
    if (e !== e) {
      excluded.missingCounts++;
      continue;
    }
    const rate = e / v;
    rates[rated++] = rate;
    rateSum += rate;
    engagements += e;
    ratedViews += v;
    if (mask & RATE_INPUTS) approximate.ratedPosts++;
  }
  excluded.total = excluded.missingViews + excluded.zeroViews + excluded.missingCounts;

  const q = quartiles(rates.subarray(0, rated));
  const followers: FollowerEngagement | null = followerEngagement(selection);
  return {
    posts: rows.length,
    postsWithViews,
    ratedPosts: rated,
    meanRate: rated > 0 ? rateSum / rated : null,
    medianRate: q?.median ?? null,
    pooledRate: ratedViews > 0 ? engagements / ratedViews : null,
    q1Rate: q?.q1 ?? null,
    q3Rate: q?.q3 ?? null,
    minRate: q?.min ?? null,
    maxRate: q?.max ?? null,
    excluded,
    approximate,
    engagements,
    ratedViews,
    followers,
  };
}
