/**
 * UTC offsets of an IANA time zone from the runtime's own zone data (Intl), exact to the second,
 * daylight-saving changes included. Intl is slow (microseconds per call), so offsets are resolved
 * per 6-hour block: the offset at the block's start and end, and, when they differ, the exact
 * transition second found by bisection. Zones change offset at most once within 6 hours.
 */
import { ApiError } from '../../../shared/api/result';

const BLOCK_SECONDS = 6 * 3600;

interface Block {
  before: number;
  after: number;
  /** First second with the `after` offset (Infinity when the block has one offset). */
  transition: number;
}

export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat;
  private readonly blocks = new Map<number, Block>();
  readonly fixed: boolean;

  constructor(readonly zone: string) {
    try {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new ApiError('VALIDATION', `"${zone}" is not a known IANA time zone (for example UTC, Europe/Berlin, Asia/Kolkata).`);
    }
    const resolved = this.format.resolvedOptions().timeZone;
    this.fixed = resolved === 'UTC' || resolved === 'Etc/UTC' || resolved === 'Etc/GMT' || resolved === 'GMT';
  }

  /** Seconds to add to a UTC unix time to get the zone's wall-clock time. */
  offsetAt(seconds: number): number {
    if (this.fixed) return 0;
    const key = Math.floor(seconds / BLOCK_SECONDS);
    let block = this.blocks.get(key);
    if (!block) {
      block = this.resolveBlock(key * BLOCK_SECONDS);
      this.blocks.set(key, block);
    }
    return seconds < block.transition ? block.before : block.after;
  }

  private resolveBlock(start: number): Block {
    const end = start + BLOCK_SECONDS - 1;
    const before = this.intlOffset(start);
    const after = this.intlOffset(end);
    if (before === after) return { before, after, transition: Number.POSITIVE_INFINITY };
    let lo = start; // offset(lo) === before
    let hi = end; // offset(hi) === after
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.intlOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, after, transition: hi };
  }

  /** Wall-clock fields in the zone, read back as if they were UTC, minus the instant. */
  private intlOffset(seconds: number): number {
    const fields: Record<string, string> = {};
    for (const part of this.format.formatToParts(new Date(seconds * 1000))) fields[part.type] = part.value;
    let year = Number(fields.year);
    if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
    const wall = Date.UTC(year, Number(fields.month) - 1, Number(fields.day), Number(fields.hour), Number(fields.minute), Number(fields.second));
    // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
    const fixed = year >= 0 && year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
    return Math.round(fixed / 1000) - seconds;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** Shared per zone name, so the resolved blocks are reused across calls. */
export function zoneOffsets(zone: string | undefined): ZoneOffsets {
  const name = zone?.trim() || 'UTC';
  let z = zones.get(name);
  if (!z) {
    z = new ZoneOffsets(name);
    zones.set(name, z);
  }
  return z;
}
