/**
 * Maps sparse database ids (accounts.id, hashtags.id, …) to dense indices 0..n-1 in ascending id
 * order, so counters can be flat typed arrays. Ascending order keeps every output deterministic.
 */
export interface DenseIds {
  /** Database id → dense index + 1 (0 = absent). */
  indexOf: Int32Array;
  /** Dense index → database id. */
  ids: Int32Array;
}

export function denseIds(values: Int32Array, skipZero = true): DenseIds {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  const indexOf = new Int32Array(max + 1);
  for (let i = 0; i < values.length; i++) indexOf[values[i]!] = 1;
  if (skipZero) indexOf[0] = 0;
  let n = 0;
  for (let id = 0; id <= max; id++) if (indexOf[id]) indexOf[id] = ++n;
  const ids = new Int32Array(n);
  for (let id = 0; id <= max; id++) if (indexOf[id]) ids[indexOf[id]! - 1] = id;
  return { indexOf, ids };
}

/** Dense index of every value (−1 for absent/zero ids). */
export function toDense(values: Int32Array, map: DenseIds): Int32Array {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (map.indexOf[values[i]!] ?? 0) - 1;
  return out;
}
