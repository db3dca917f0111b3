/**
 * `mention` network: directed author → mentioned account; weight = number of posts by the author
 * that mention the account (a post mentions an account at most once). Authors and mentioned
 * accounts share one node space because both are rows of `accounts`. Accounts mentioned by more
 * than maxGroup distinct authors are ignored. Self-mentions become self-loops unless disabled.
 */
import { postsOf, type KindBuildOptions } from './buildOptions';
import { denseIds, toDense } from './denseIds';
import { buildGroupIndex, capGroups } from './groupIndex';
import { countPairs } from './pairCounts';
import { AUTHOR, type RawNetwork } from './rawNetwork';

export function buildMentionNetwork(
  authorIds: Int32Array,
  mentionedIds: Int32Array,
  authorPostsById: Int32Array,
  options: KindBuildOptions,
): RawNetwork {
  let n = 0;
  for (let i = 0; i < authorIds.length; i++) if (authorIds[i]! > 0) n++;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0, j = 0; i < authorIds.length; i++) {
    if (authorIds[i]! <= 0) continue;
    from[j] = authorIds[i]!;
    to[j] = mentionedIds[i]!;
    j++;
  }
  const both = new Int32Array(2 * n);
  both.set(from);
  both.set(to, n);
  const accounts = denseIds(both);
  const size = accounts.ids.length;
  const a = toDense(from, accounts);
  const b = toDense(to, accounts);

  const audience = buildGroupIndex(b, a, size, size);
  const cap = capGroups(audience, options.maxGroup);
  let selfLoops = 0;
  const counted = countPairs(a, b, size, size, options.minWeight, (x, y) => {
    if (!cap.active[y]) return false;
    if (x !== y) return true;
    selfLoops++;
    return options.selfLoops;
  });

  const universe = new Uint8Array(size);
  for (let i = 0; i < n; i++) {
    universe[a[i]!] = 1;
    if (cap.active[b[i]!]) universe[b[i]!] = 1;
  }
  return {
    directed: true,
    nodeType: new Uint8Array(size).fill(AUTHOR),
    nodeDbId: accounts.ids,
    nodePosts: postsOf(authorPostsById, accounts.ids),
    universe,
    edges: counted.edges,
    candidateEdges: counted.candidateEdges,
    ignoredGroups: cap.ignored,
    ignoredExamples: cap.largestIgnored.map((g) => ({ type: AUTHOR, dbId: accounts.ids[g.group]!, authors: g.size })),
    selfLoops,
    pairIterations: n,
  };
}
