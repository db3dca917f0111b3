/**
 * Wall-clock time in an IANA zone → UTC, correct across daylight-saving transitions, using only
 * Intl (no tz database of our own). Zone-less timestamps are common in research CSVs (GESIS
 * "2023-02-16 15:36:28", spreadsheet exports), and the user says which zone they were written in.
 */

interface ZoneInfo {
  format: Intl.DateTimeFormat;
  /** 15-minute UTC bucket → offset in ms, only for buckets without a transition inside. */
  buckets: Map<number, number>;
}

const BUCKET_MS = 15 * 60_000;
const MAX_BUCKETS = 200_000;
const zones = new Map<string, ZoneInfo>();

function isUtc(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT' || zone === 'Etc/GMT';
}

function zoneInfo(zone: string): ZoneInfo {
  let info = zones.get(zone);
  if (!info) {
    // Throws RangeError for an unknown zone: callers validate once, up front.
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    info = { format, buckets: new Map() };
    zones.set(zone, info);
  }
  return info;
}

/** Throws a RangeError naming the zone when it is not a valid IANA time zone. */
export function assertTimeZone(zone: string): void {
  if (isUtc(zone)) return;
  try {
    zoneInfo(zone);
  } catch {
    throw new RangeError(`"${zone}" is not a known IANA time zone (e.g. UTC, Europe/Berlin, America/New_York)`);
  }
}

/** Offset computed by Intl for one instant, in ms (local − UTC), at whole-second precision. */
function exactOffset(info: ZoneInfo, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  let y = 1970;
  let mo = 1;
  let d = 1;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const part of info.format.formatToParts(whole)) {
    switch (part.type) {
      case 'year': y = Number(part.value); break;
      case 'month': mo = Number(part.value); break;
      case 'day': d = Number(part.value); break;
      case 'hour': h = Number(part.value); break;
      case 'minute': mi = Number(part.value); break;
      case 'second': s = Number(part.value); break;
      default: break;
    }
  }
  return Date.UTC(y, mo - 1, d, h, mi, s) - whole;
}

/** The zone's UTC offset (ms, local − UTC) at an instant. */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  if (isUtc(zone)) return 0;
  const info = zoneInfo(zone);
  const bucket = Math.floor(utcMs / BUCKET_MS);
  const cached = info.buckets.get(bucket);
  if (cached !== undefined) return cached;
  const start = exactOffset(info, bucket * BUCKET_MS);
  const end = exactOffset(info, bucket * BUCKET_MS + BUCKET_MS - 1000);
  // Modern transitions fall on 15-minute UTC boundaries, but historical ones (local mean time,
  // e.g. Africa/Monrovia −0:44:30 until 1972) do not: only cache buckets with one offset.
  if (start !== end) return exactOffset(info, utcMs);
  if (info.buckets.size >= MAX_BUCKETS) info.buckets.clear();
  info.buckets.set(bucket, start);
  return start;
}

/**
 * The UTC instant (ms) of a wall-clock time in `zone`. Ambiguity follows Temporal's "compatible"
 * rule, like every mainstream date library: in a fall-back overlap the earlier instant wins (the
 * first 02:30); in a spring-forward gap the time moves forward by the gap (02:30 → 03:30).
 */
export function wallTimeToUtcMs(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (isUtc(zone)) return wall;
  // The offsets in force a day before and a day after enclose any single transition near `wall`.
  const before = zoneOffsetMs(zone, wall - 86_400_000);
  const after = zoneOffsetMs(zone, wall + 86_400_000);
  const viaBefore = zoneOffsetMs(zone, wall - before) === before;
  if (before === after) {
    if (viaBefore) return wall - before;
    // A transition inside the ±1 day window that returned to the same offset: ask exactly.
    return wall - zoneOffsetMs(zone, wall - before);
  }
  const viaAfter = zoneOffsetMs(zone, wall - after) === after;
  if (viaBefore && viaAfter) return Math.min(wall - before, wall - after); // overlap → earlier
  if (viaBefore) return wall - before;
  if (viaAfter) return wall - after;
  return wall - before; // gap → shift forward by the gap length
}
