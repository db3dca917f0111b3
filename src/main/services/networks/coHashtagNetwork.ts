/**
 * `cohashtag` network: hashtags linked when they appear in the same post; weight = number of such
 * posts. Hashtags used by more than maxGroup distinct authors (#fyp, #foryou) are ignored: they
 * are removed before pairs are counted and do not appear as nodes.
 */
import { knownPairs, type KindBuildOptions } from './buildOptions';
import { projectCoMembership } from './coMembership';
import { denseIds, toDense } from './denseIds';
import { buildGroupIndex, capGroups } from './groupIndex';
import { HASHTAG, type RawNetwork } from './rawNetwork';

/**
 * @param postRows frame row of each post–hashtag link
 * @param hashtagIds hashtag id of each link
 * @param authorIds author of each link's post (0 = unknown; used only for the cap)
 * @param hashtagPostsById posts per hashtag in the filter, indexed by hashtag id
 */
export function buildCoHashtagNetwork(
  postRows: Int32Array,
  hashtagIds: Int32Array,
  authorIds: Int32Array,
  hashtagPostsById: Int32Array,
  options: KindBuildOptions,
): RawNetwork {
  const tags = denseIds(hashtagIds);
  const nTags = tags.ids.length;
  const tagIndex = toDense(hashtagIds, tags);

  let active: Uint8Array = new Uint8Array(nTags).fill(1);
  let ignoredGroups = 0;
  let ignoredExamples: RawNetwork['ignoredExamples'] = [];
  if (options.maxGroup !== null) {
    const byAuthor = knownPairs(hashtagIds, authorIds);
    const authors = denseIds(byAuthor.b);
    const audience = buildGroupIndex(toDense(byAuthor.a, tags), toDense(byAuthor.b, authors), nTags, authors.ids.length);
    const cap = capGroups(audience, options.maxGroup);
    active = cap.active;
    ignoredGroups = cap.ignored;
    ignoredExamples = cap.largestIgnored.map((g) => ({ type: HASHTAG, dbId: tags.ids[g.group]!, authors: g.size }));
  }

  // Posts are the groups; only active hashtags are members.
  const members = new Int32Array(tagIndex.length);
  let nRows = 0;
  for (let i = 0; i < tagIndex.length; i++) {
    members[i] = active[tagIndex[i]!] ? tagIndex[i]! : -1;
    if (postRows[i]! + 1 > nRows) nRows = postRows[i]! + 1;
  }
  const posts = buildGroupIndex(postRows, members, nRows, nTags);
  const projection = projectCoMembership(posts, new Uint8Array(nRows).fill(1), options);

  return {
    directed: false,
    nodeType: new Uint8Array(nTags).fill(HASHTAG),
    nodeDbId: tags.ids,
    nodePosts: Int32Array.from(tags.ids, (id) => hashtagPostsById[id] ?? 0),
    universe: active,
    edges: projection.edges,
    candidateEdges: projection.candidateEdges,
    ignoredGroups,
    ignoredExamples,
    selfLoops: 0,
    pairIterations: projection.pairIterations,
  };
}
