/**
 * The one definition of a post's engagement rate: (likes + comments + shares) / views, defined only
 * when views > 0 and all three counts are known. A missing count is never read as 0.
 */
import type { PostColumns } from '../../db/analysis/postColumns';

export type Exclusion = 'missingViews' | 'zeroViews' | 'missingCounts';

/** The rate of frame row i, or NaN when it is not defined. */
export function rateAt(posts: PostColumns, i: number): number {
  const views = posts.views[i]!;
  if (!(views > 0)) return Number.NaN;
  return (posts.likes[i]! + posts.comments[i]! + posts.shares[i]!) / views; // NaN if any is missing
}

/** likes + comments + shares of row i (NaN when any is missing). */
export function engagementsAt(posts: PostColumns, i: number): number {
  return posts.likes[i]! + posts.comments[i]! + posts.shares[i]!;
}

/** Why row i has no rate (first matching reason), or null when it has one. */
export function exclusionAt(posts: PostColumns, i: number): Exclusion | null {
  const views = posts.views[i]!;
  if (Number.isNaN(views)) return 'missingViews';
  if (views <= 0) return 'zeroViews';
  if (Number.isNaN(posts.likes[i]!) || Number.isNaN(posts.comments[i]!) || Number.isNaN(posts.shares[i]!)) return 'missingCounts';
  return null;
}
