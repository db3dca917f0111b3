/** One node of a built network: its metrics, strongest neighbours and the posts behind it. */
import { ApiError } from '../../../shared/api/result';
import type { NetworkNodeDetails } from '../../../shared/domain/network';
import type { Db } from '../../db/connection';
import { nodePosts } from '../../db/networks/nodePosts';
import type { NetworkData } from './networkData';
import { NODE_TYPE_CODES } from './rawNetwork';
import { nodeView } from './renderSubgraph';

const indexCache = new WeakMap<NetworkData, Map<string, number>>();

export function nodeIndex(data: NetworkData, id: string): number {
  let index = indexCache.get(data);
  if (!index) {
    index = new Map(data.ids.map((x, i) => [x, i]));
    indexCache.set(data, index);
  }
  const i = index.get(id);
  if (i === undefined) throw new ApiError('NOT_FOUND', `There is no node "${id.slice(0, 200)}" in this network.`);
  return i;
}

export function nodeDetails(db: Db, data: NetworkData, id: string, limit: number): NetworkNodeDetails {
  const i = nodeIndex(data, id);
  const { src, dst, weight } = data.edges;
  const directed = data.summary.directed;
  const byNeighbour = new Map<number, { weight: number; out: boolean; in: boolean }>();
  for (let e = 0; e < src.length; e++) {
    const s = src[e]!;
    const d = dst[e]!;
    if (s !== i && d !== i) continue;
    const other = s === i ? d : s;
    const entry = byNeighbour.get(other) ?? { weight: 0, out: false, in: false };
    entry.weight += weight[e]!;
    if (s === i) entry.out = true;
    if (d === i) entry.in = true;
    byNeighbour.set(other, entry);
  }
  const neighbours = [...byNeighbour.entries()]
    .sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])
    .slice(0, 20)
    .map(([j, e]) => ({
      id: data.ids[j]!,
      label: data.labels[j]!,
      weight: e.weight,
      direction: (!directed || (e.out && e.in) ? 'both' : e.out ? 'out' : 'in') as 'out' | 'in' | 'both',
    }));
  const found = nodePosts(
    db,
    data.summary.options.filter,
    { type: NODE_TYPE_CODES[data.types[i]!]!, dbId: data.dbIds[i]! },
    { limit, alsoMentioning: data.summary.kind === 'mention' },
  );
  return { node: nodeView(data, i), posts: found.posts, totalPosts: found.total, neighbours };
}
