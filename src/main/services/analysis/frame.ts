/**
 * The analysis frame: every post's hot columns in memory as typed arrays (rows ordered by author),
 * plus lazily loaded
 * hashtag/mention links and follower counts. Loading it costs one pass over the posts table
 * (about a second per million posts); after that every dashboard statistic is a loop over
 * typed arrays, for the whole study or any filtered subset, in milliseconds.
 */
import { loadFollowers, type FollowerColumns } from '../../db/analysis/accountFollowers';
import { loadPostColumns, type PostColumns } from '../../db/analysis/postColumns';
import { loadLinks, type LinkKind } from '../../db/analysis/postLinks';
import type { Db } from '../../db/connection';
import { orderByAuthor } from './authorOrder';
import { buildLinkIndex, type LinkIndex } from './linkIndex';

export class AnalysisFrame {
  readonly posts: PostColumns;
  /** pk → row; -1 for pks that are not in the frame. */
  private readonly rowByPk: Int32Array;
  private readonly links = new Map<LinkKind, LinkIndex>();
  private followerColumns: FollowerColumns | null = null;

  constructor(private readonly db: Db) {
    this.posts = orderByAuthor(loadPostColumns(db));
    const { pk, n } = this.posts;
    let maxPk = 0;
    for (let i = 0; i < n; i++) if (pk[i]! > maxPk) maxPk = pk[i]!;
    this.rowByPk = new Int32Array(maxPk + 1).fill(-1);
    for (let i = 0; i < n; i++) this.rowByPk[pk[i]!] = i;
  }

  get size(): number {
    return this.posts.n;
  }

  rowOfPk(pk: number): number {
    return pk >= 0 && pk < this.rowByPk.length ? this.rowByPk[pk]! : -1;
  }

  /** Hashtags or mentioned accounts per row (loaded on first use). */
  linkIndex(kind: LinkKind): LinkIndex {
    let index = this.links.get(kind);
    if (!index) {
      index = buildLinkIndex(loadLinks(this.db, kind), this.posts.n, (pk) => this.rowOfPk(pk));
      this.links.set(kind, index);
    }
    return index;
  }

  followers(): FollowerColumns {
    this.followerColumns ??= loadFollowers(this.db);
    return this.followerColumns;
  }
}
