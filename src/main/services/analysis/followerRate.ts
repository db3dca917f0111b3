/**
 * Follower-normalised engagement: (likes + comments + shares) / the author's follower count, for
 * posts whose three counts are known and whose author has a follower count > 0 (views are not
 * needed, so posts without views still count here). The study keeps the latest follower count per
 * account, not the count at posting time; captions say so.
 */
import type { FollowerEngagement } from '../../../shared/domain/analysis';
import { engagementsAt } from './engagementRate';
import { median } from './orderStatistics';
import type { Selection } from './selection';

export function followerEngagement({ frame, rows }: Selection): FollowerEngagement | null {
  const posts = frame.posts;
  const { followers, approximate, positive } = frame.followers();
  if (positive === 0) return null;
  const rates = new Float64Array(rows.length);
  const authors = new Set<number>();
  let n = 0;
  let rateSum = 0;
  let engagementSum = 0;
  let followerSum = 0;
  let approx = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const account = posts.account[i]!;
    const count = account < followers.length ? followers[account]! : Number.NaN;
    if (!(count > 0)) continue;
    const engagements = engagementsAt(posts, i);
    if (Number.isNaN(engagements)) continue;
    const rate = engagements / count;
    rates[n++] = rate;
    rateSum += rate;
    engagementSum += engagements;
    followerSum += count;
    authors.add(account);
    if (approximate[account]) approx++;
  }
  if (n === 0) return null;
  return {
    ratedPosts: n,
    meanRate: rateSum / n,
    medianRate: median(rates, 0, n),
    pooledRate: engagementSum / followerSum,
    authors: authors.size,
    approximateFollowers: approx,
  };
}
