/**
 * `author-hashtag` and `author-sound` networks: bipartite, each author linked to the hashtags
 * (sounds) they used; weight = number of the author's posts with it. Node space: authors first,
 * then hashtags (sounds). Hashtags (sounds) used by more than maxGroup distinct authors are ignored.
 */
import { knownPairs, postsOf, type KindBuildOptions } from './buildOptions';
import { denseIds, toDense } from './denseIds';
import { EdgeList } from './edgeList';
import { buildGroupIndex, capGroups } from './groupIndex';
import { countPairs } from './pairCounts';
import { AUTHOR, type RawNetwork } from './rawNetwork';

export function buildBipartiteNetwork(
  authorIds: Int32Array,
  itemIds: Int32Array,
  itemType: number,
  authorPostsById: Int32Array,
  itemPostsById: Int32Array,
  options: KindBuildOptions,
): RawNetwork {
  const known = knownPairs(authorIds, itemIds);
  const authors = denseIds(known.a);
  const items = denseIds(known.b);
  const nA = authors.ids.length;
  const nI = items.ids.length;
  const a = toDense(known.a, authors);
  const b = toDense(known.b, items);

  const cap = capGroups(buildGroupIndex(b, a, nI, nA), options.maxGroup);
  const counted = countPairs(a, b, nA, nI, options.minWeight, (_x, y) => cap.active[y] === 1);
  // Item nodes come after the authors in the shared node space.
  const edges = new EdgeList(Math.max(16, counted.edges.length));
  for (let i = 0; i < counted.edges.length; i++) edges.push(counted.edges.src[i]!, nA + counted.edges.dst[i]!, counted.edges.weight[i]!);

  const nodeType = new Uint8Array(nA + nI);
  nodeType.fill(AUTHOR, 0, nA);
  nodeType.fill(itemType, nA);
  const nodeDbId = new Int32Array(nA + nI);
  nodeDbId.set(authors.ids);
  nodeDbId.set(items.ids, nA);
  const nodePosts = new Int32Array(nA + nI);
  nodePosts.set(postsOf(authorPostsById, authors.ids));
  nodePosts.set(postsOf(itemPostsById, items.ids), nA);
  const universe = new Uint8Array(nA + nI).fill(1, 0, nA);
  universe.set(cap.active, nA);

  return {
    directed: false,
    nodeType,
    nodeDbId,
    nodePosts,
    universe,
    edges,
    candidateEdges: counted.candidateEdges,
    ignoredGroups: cap.ignored,
    ignoredExamples: cap.largestIgnored.map((g) => ({ type: itemType, dbId: items.ids[g.group]!, authors: g.size })),
    selfLoops: 0,
    pairIterations: known.a.length,
  };
}
