/**
 * Groups (sounds, hashtags, posts, mentioned accounts) with their distinct members, in CSR form:
 * members of group g are members[start[g] .. start[g+1]), ascending and without repeats. Built
 * with a counting sort, so it costs O(occurrences + groups) plus small per-group sorts.
 */
export interface GroupIndex {
  nGroups: number;
  nMembers: number;
  start: Int32Array;
  members: Int32Array;
}

/** `group[i]` and `member[i]` are dense indices; negative entries (unknown author, no sound) are skipped. */
export function buildGroupIndex(group: Int32Array, member: Int32Array, nGroups: number, nMembers: number): GroupIndex {
  const count = new Int32Array(nGroups + 1);
  for (let i = 0; i < group.length; i++) {
    if (group[i]! >= 0 && member[i]! >= 0) count[group[i]! + 1]!++;
  }
  for (let g = 0; g < nGroups; g++) count[g + 1]! += count[g]!;
  const fill = count.slice(0, nGroups);
  const raw = new Int32Array(count[nGroups]!);
  for (let i = 0; i < group.length; i++) {
    const g = group[i]!;
    if (g >= 0 && member[i]! >= 0) raw[fill[g]!++] = member[i]!;
  }
  // Sort each group and drop repeats (an author posting many times with one sound counts once).
  const start = new Int32Array(nGroups + 1);
  let out = 0;
  for (let g = 0; g < nGroups; g++) {
    const from = count[g]!;
    const to = count[g + 1]!;
    start[g] = out;
    if (to - from > 1) raw.subarray(from, to).sort();
    let last = -1;
    for (let i = from; i < to; i++) {
      const m = raw[i]!;
      if (m !== last) raw[out++] = m;
      last = m;
    }
  }
  start[nGroups] = out;
  return { nGroups, nMembers, start, members: raw.subarray(0, out) };
}

export function groupSize(index: GroupIndex, g: number): number {
  return index.start[g + 1]! - index.start[g]!;
}

export interface GroupCap {
  /** 1 = group takes part, 0 = ignored. */
  active: Uint8Array;
  ignored: number;
  /** Ignored groups, largest first (at most `examples`). */
  largestIgnored: Array<{ group: number; size: number }>;
}

/** Ignores groups with more than `maxGroup` members (null = no cap). */
export function capGroups(index: GroupIndex, maxGroup: number | null, examples = 20): GroupCap {
  const active = new Uint8Array(index.nGroups).fill(1);
  const ignoredList: Array<{ group: number; size: number }> = [];
  if (maxGroup !== null) {
    for (let g = 0; g < index.nGroups; g++) {
      const size = groupSize(index, g);
      if (size > maxGroup) {
        active[g] = 0;
        ignoredList.push({ group: g, size });
      }
    }
  }
  ignoredList.sort((a, b) => b.size - a.size || a.group - b.group);
  return { active, ignored: ignoredList.length, largestIgnored: ignoredList.slice(0, examples) };
}
