/** Local wall-clock day numbers of posts in a chosen zone. */
import type { ZoneOffsets } from './zoneOffsets';

const DAY = 86400;

/** Days since 1970-01-01 in the zone's wall-clock time. */
export function localDay(zone: ZoneOffsets, seconds: number): number {
  return Math.floor((seconds + zone.offsetAt(seconds)) / DAY);
}

/** Local wall-clock seconds since 1970-01-01T00:00 (what a clock on the wall showed, as a number). */
export function localSeconds(zone: ZoneOffsets, seconds: number): number {
  return seconds + zone.offsetAt(seconds);
}
