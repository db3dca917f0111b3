/**
 * Which group(s) each selected post belongs to, for per-group statistics: its author, its sound,
 * each of its hashtags, or its local day / ISO week / month. Posts without the attribute (no
 * author, no sound, undated) belong to no group.
 */
import type { EngagementGrouping } from '../../../shared/domain/analysis';
import { localDays, NO_DAY } from './localDays';
import { periodScheme } from './periods';
import type { Selection } from './selection';
import type { ZoneOffsets } from './zoneOffsets';

export interface Membership {
  /** Parallel arrays: frame row and dense group index of each (post, group) pair. */
  row: Int32Array;
  group: Int32Array;
  /** Dense group index → entity id (accounts/sounds/hashtags.id) or period number. */
  groupIds: number[];
}

function entityMembership(rows: Int32Array, entityOf: Int32Array): Membership {
  const dense = new Map<number, number>();
  const groupIds: number[] = [];
  const row = new Int32Array(rows.length);
  const group = new Int32Array(rows.length);
  let m = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const id = entityOf[i]!;
    if (id === 0) continue;
    let g = dense.get(id);
    if (g === undefined) {
      g = groupIds.length;
      dense.set(id, g);
      groupIds.push(id);
    }
    row[m] = i;
    group[m++] = g;
  }
  return { row: row.subarray(0, m), group: group.subarray(0, m), groupIds };
}

export function membership(selection: Selection, by: EngagementGrouping, zone: ZoneOffsets): Membership {
  const { frame, rows } = selection;
  const posts = frame.posts;
  if (by === 'author') return entityMembership(rows, posts.account);
  if (by === 'sound') return entityMembership(rows, posts.sound);

  if (by === 'hashtag') {
    const { offsets, values, idLimit } = frame.linkIndex('hashtags');
    let total = 0;
    for (let k = 0; k < rows.length; k++) total += offsets[rows[k]! + 1]! - offsets[rows[k]!]!;
    const dense = new Int32Array(idLimit).fill(-1);
    const groupIds: number[] = [];
    const row = new Int32Array(total);
    const group = new Int32Array(total);
    let m = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
        const id = values[j]!;
        if (dense[id] === -1) {
          dense[id] = groupIds.length;
          groupIds.push(id);
        }
        row[m] = i;
        group[m++] = dense[id]!;
      }
    }
    return { row, group, groupIds };
  }

  const scheme = periodScheme(by);
  const days = localDays(frame, zone);
  const row = new Int32Array(rows.length);
  const period = new Int32Array(rows.length);
  let m = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const day = days[i]!;
    if (day === NO_DAY) continue;
    const p = scheme.of(day);
    if (p < min) min = p;
    if (p > max) max = p;
    row[m] = i;
    period[m++] = p;
  }
  // Periods are consecutive-ish integers: a dense lookup table beats a Map for a million posts.
  const dense = m > 0 && max - min < 1 << 22 ? new Int32Array(max - min + 1).fill(-1) : null;
  const sparse = new Map<number, number>();
  const groupIds: number[] = [];
  const group = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const p = period[k]!;
    let g = dense ? dense[p - min]! : (sparse.get(p) ?? -1);
    if (g === -1) {
      g = groupIds.length;
      groupIds.push(p);
      if (dense) dense[p - min] = g;
      else sparse.set(p, g);
    }
    group[k] = g;
  }
  return { row: row.subarray(0, m), group, groupIds };
}
