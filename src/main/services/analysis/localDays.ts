/**
 * Every post's local day number in a zone, computed once per (frame, zone) and reused by daily
 * engagement, trends and rhythm. Posts are mapped per 15-minute UTC bucket: one offset lookup per
 * bucket instead of per post. A bucket whose offset is not constant, or not a whole number of
 * quarter hours, is mapped post by post.
 */
import type { AnalysisFrame } from './frame';
import type { ZoneOffsets } from './zoneOffsets';

/** Day number of undated posts. */
export const NO_DAY = -2147483648;

const BUCKET = 900;
const DAY = 86400;
const DENSE_BUCKETS = 1 << 22;
const UNKNOWN = -2147483647;
const SPLIT = 2147483647;

function bucketDay(zone: ZoneOffsets, bucket: number): number {
  const start = bucket * BUCKET;
  const offset = zone.offsetAt(start);
  if (zone.offsetAt(start + BUCKET - 1) !== offset || (((start + offset) % BUCKET) + BUCKET) % BUCKET !== 0) return SPLIT;
  return Math.floor((start + offset) / DAY);
}

function computeLocalDays(frame: AnalysisFrame, zone: ZoneOffsets): Int32Array {
  const times = frame.posts.createTime;
  const out = new Int32Array(frame.size);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const first = Math.floor(min / BUCKET);
  const span = max >= min ? Math.floor(max / BUCKET) - first + 1 : 0;
  const cache = span <= DENSE_BUCKETS ? new Int32Array(span).fill(UNKNOWN) : null;
  const sparse = new Map<number, number>();
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t !== t) {
      out[i] = NO_DAY;
      continue;
    }
    const bucket = Math.floor(t / BUCKET);
    let day: number;
    if (cache) {
      day = cache[bucket - first]!;
      if (day === UNKNOWN) day = cache[bucket - first] = bucketDay(zone, bucket);
    } else {
      day = sparse.get(bucket) ?? UNKNOWN;
      if (day === UNKNOWN) sparse.set(bucket, (day = bucketDay(zone, bucket)));
    }
    out[i] = day === SPLIT ? Math.floor((t + zone.offsetAt(t)) / DAY) : day;
  }
  return out;
}

const KEPT_ZONES = 4;
const perFrame = new WeakMap<AnalysisFrame, Map<string, Int32Array>>();

export function localDays(frame: AnalysisFrame, zone: ZoneOffsets): Int32Array {
  let zones = perFrame.get(frame);
  if (!zones) perFrame.set(frame, (zones = new Map()));
  let days = zones.get(zone.zone);
  if (!days) {
    days = computeLocalDays(frame, zone);
    if (zones.size >= KEPT_ZONES) zones.delete(zones.keys().next().value as string);
    zones.set(zone.zone, days);
  }
  return days;
}
