/** Per-import tallies the mappers keep while turning records into posts (shown in the import summary). */
import type { FormatId } from '../../../../shared/domain/import';

export interface MapStats {
  /** count field ('views', 'likes', …, 'followers') → records where the source had no usable value. */
  missingCounts: Record<string, number>;
  /** Posts with at least one abbreviated or display-rounded count. */
  approximateCounts: number;
  /** Posts whose timestamp had no zone and was read in the chosen zone. */
  zoneAssumed: number;
  /** Posts whose create time disagrees with the time encoded in their ID by more than an hour. */
  timeMismatches: number;
  /** Posts whose ID came from the video URL because the ID field was unusable or absent. */
  idsFromUrl: number;
  /** Posts with a timestamp that could not be read (imported without a time). */
  unparsedTimes: number;
}

export function createMapStats(): MapStats {
  return { missingCounts: {}, approximateCounts: 0, zoneAssumed: 0, timeMismatches: 0, idsFromUrl: 0, unparsedTimes: 0 };
}

export interface MapContext {
  format: FormatId;
  /** IANA zone used for zone-less timestamps; 'UTC' by default. */
  timezone: string;
  stats: MapStats;
}
