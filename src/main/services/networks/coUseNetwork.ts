/**
 * `sound` and `hashtag` networks: authors linked when they used the same sound (hashtag); weight
 * = number of distinct sounds (hashtags) both used. Groups used by more than maxGroup distinct
 * authors are ignored and counted.
 */
import { knownPairs, postsOf, type KindBuildOptions } from './buildOptions';
import { projectCoMembership } from './coMembership';
import { denseIds, toDense } from './denseIds';
import { buildGroupIndex, capGroups } from './groupIndex';
import { AUTHOR, type RawNetwork } from './rawNetwork';

/**
 * @param groupIds sound or hashtag database id per occurrence (0 = none)
 * @param authorIds author account id per occurrence (0 = unknown)
 * @param authorPostsById posts per author in the filter, indexed by account id
 */
export function buildCoUseNetwork(
  groupIds: Int32Array,
  authorIds: Int32Array,
  groupType: number,
  authorPostsById: Int32Array,
  options: KindBuildOptions,
): RawNetwork {
  const known = knownPairs(groupIds, authorIds);
  const groups = denseIds(known.a);
  const authors = denseIds(known.b);
  const index = buildGroupIndex(toDense(known.a, groups), toDense(known.b, authors), groups.ids.length, authors.ids.length);
  const cap = capGroups(index, options.maxGroup);
  const projection = projectCoMembership(index, cap.active, options);
  const n = authors.ids.length;
  return {
    directed: false,
    nodeType: new Uint8Array(n).fill(AUTHOR),
    nodeDbId: authors.ids,
    nodePosts: postsOf(authorPostsById, authors.ids),
    universe: new Uint8Array(n).fill(1),
    edges: projection.edges,
    candidateEdges: projection.candidateEdges,
    ignoredGroups: cap.ignored,
    ignoredExamples: cap.largestIgnored.map((g) => ({ type: groupType, dbId: groups.ids[g.group]!, authors: g.size })),
    selfLoops: 0,
    pairIterations: projection.pairIterations,
  };
}
