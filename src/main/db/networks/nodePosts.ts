/** The posts behind one network node, inside the network's filter, newest first. */
import type { PostFilter } from '../../../shared/domain/filter';
import type { NetworkNodePost, NodeType } from '../../../shared/domain/network';
import type { Db } from '../connection';
import { filterToSql } from '../filterSql';
import { isoFromUnix } from '../repositories/postsReader';

/**
 * @param alsoMentioning mention networks: an account's posts include the posts that mention it
 */
export function nodePosts(
  db: Db,
  filter: PostFilter | undefined,
  node: { type: NodeType; dbId: number },
  options: { limit: number; alsoMentioning: boolean },
): { posts: NetworkNodePost[]; total: number } {
  const cond = filterToSql(filter);
  let nodeSql: string;
  let nodeParams: number[];
  if (node.type === 'author') {
    nodeSql = options.alsoMentioning
      ? '(p.account_id = ? OR p.pk IN (SELECT post_pk FROM post_mentions WHERE account_id = ?))'
      : 'p.account_id = ?';
    nodeParams = options.alsoMentioning ? [node.dbId, node.dbId] : [node.dbId];
  } else if (node.type === 'hashtag') {
    nodeSql = 'p.pk IN (SELECT post_pk FROM post_hashtags WHERE hashtag_id = ?)';
    nodeParams = [node.dbId];
  } else {
    nodeSql = 'p.sound_id = ?';
    nodeParams = [node.dbId];
  }
  const where = `${nodeSql} AND ${cond.sql}`;
  const params = [...nodeParams, ...cond.params];
  const total = db.prepare(`SELECT count(*) FROM posts p WHERE ${where}`).pluck().get(...params) as number;
  const rows = db
    .prepare<
      unknown[],
      { id: string; create_time: number | null; handle: string | null; platform_id: string | null; description: string | null; views: number | null; likes: number | null }
    >(
      `SELECT p.id, p.create_time, a.handle, a.platform_id, t.description, p.views, p.likes
       FROM posts p LEFT JOIN accounts a ON a.id = p.account_id LEFT JOIN post_text t ON t.pk = p.pk
       WHERE ${where} ORDER BY p.create_time DESC, p.pk DESC LIMIT ?`,
    )
    .all(...params, options.limit);
  return {
    total,
    posts: rows.map((r) => ({
      id: r.id,
      createTime: isoFromUnix(r.create_time),
      author: r.handle ?? r.platform_id,
      description: r.description,
      views: r.views,
      likes: r.likes,
    })),
  };
}
