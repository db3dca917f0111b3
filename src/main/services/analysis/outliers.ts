/**
 * Posts that stand out against their own author's baseline: rate / the author's median rate, for
 * authors with at least `minPosts` rated posts and a median above 0. A post is listed when its
 * ratio reaches `threshold`.
 */
import type { AuthorOutliers, OutlierPost } from '../../../shared/domain/analysis';
import { entityLabels } from '../../db/analysis/entityLabels';
import { postIdsByPk } from '../../db/analysis/postIdentity';
import { isoFromUnix } from '../../db/repositories/postsReader';
import type { Db } from '../../db/connection';
import { rateAt } from './engagementRate';
import { median } from './orderStatistics';
import { rowsByAuthor } from './rowsByAuthor';
import type { Selection } from './selection';

export interface OutlierOptions {
  minPosts?: number;
  threshold?: number;
  limit?: number;
}

interface Candidate {
  row: number;
  rate: number;
  authorMedian: number;
  ratio: number;
}

export function authorOutliers(db: Db, selection: Selection, options: OutlierOptions = {}): AuthorOutliers {
  const minPosts = options.minPosts ?? 5;
  const threshold = options.threshold ?? 3;
  const limit = options.limit ?? 100;
  const posts = selection.frame.posts;
  const { rows } = rowsByAuthor(selection);
  const candidates: Candidate[] = [];
  let considered = 0;
  const rates = new Float64Array(rows.length);
  const rateRows = new Int32Array(rows.length);

  for (let k = 0; k < rows.length; ) {
    const author = posts.account[rows[k]!]!;
    let n = 0;
    while (k < rows.length && posts.account[rows[k]!] === author) {
      const rate = rateAt(posts, rows[k]!);
      if (!Number.isNaN(rate)) {
        rates[n] = rate;
        rateRows[n++] = rows[k]!;
      }
      k++;
    }
    if (author === 0 || n < minPosts) continue;
    const own = Float64Array.from(rates.subarray(0, n));
    const baseline = median(own)!;
    if (!(baseline > 0)) continue;
    considered++;
    for (let j = 0; j < n; j++) {
      const ratio = rates[j]! / baseline;
      if (ratio >= threshold) candidates.push({ row: rateRows[j]!, rate: rates[j]!, authorMedian: baseline, ratio });
    }
  }

  candidates.sort((a, b) => b.ratio - a.ratio || posts.pk[a.row]! - posts.pk[b.row]!);
  const shown = candidates.slice(0, limit);
  const ids = postIdsByPk(db, shown.map((c) => posts.pk[c.row]!));
  const authors = entityLabels(db, 'accounts', new Set(shown.map((c) => posts.account[c.row]!)));
  const outliers: OutlierPost[] = shown.map((c) => ({
    postId: ids.get(posts.pk[c.row]!) ?? '',
    author: authors.get(posts.account[c.row]!)?.key ?? '',
    createTime: isoFromUnix(Number.isNaN(posts.createTime[c.row]!) ? null : posts.createTime[c.row]!),
    rate: c.rate,
    authorMedian: c.authorMedian,
    ratio: c.ratio,
    views: posts.views[c.row]!,
  }));
  return { minPosts, threshold, authorsConsidered: considered, outliers, totalOutliers: candidates.length };
}
