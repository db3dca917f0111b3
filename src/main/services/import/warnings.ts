/** Plain-language notes about an import, shown in its summary and kept with the dataset. */
import type { ImportSummary } from '../../../shared/domain/import';
import type { MapStats } from './formats';

type SummaryCore = Pick<
  ImportSummary,
  'encoding' | 'encodingReason' | 'timeAssumption' | 'timeMismatches' | 'approximateCounts' | 'missingCounts' | 'rejected' | 'rowsRead'
>;

const n = (x: number) => x.toLocaleString('en-US');

export function summaryWarnings(s: SummaryCore, stats: MapStats, duplicatesInDataset: number): string[] {
  const out: string[] = [];
  if (s.encoding === 'windows-1252') out.push(`Encoding: ${s.encodingReason}.`);
  if (s.timeAssumption) {
    out.push(`${n(stats.zoneAssumed)} timestamps carried no time zone and were read as ${s.timeAssumption}.`);
  }
  if (stats.unparsedTimes > 0) out.push(`${n(stats.unparsedTimes)} timestamps could not be read; those posts have no create time.`);
  if (s.timeMismatches > 0) {
    out.push(
      `${n(s.timeMismatches)} posts have a create time more than an hour away from the time encoded in their video ID (flagged; check the source's time zone).`,
    );
  }
  if (s.approximateCounts > 0) {
    out.push(`${n(s.approximateCounts)} posts have abbreviated or display-rounded counts (flagged approximate).`);
  }
  for (const [field, count] of Object.entries(s.missingCounts)) {
    if (count > 0) out.push(`${n(count)} records have no usable ${field} value (stored as missing, not 0).`);
  }
  if (stats.idsFromUrl > 0) out.push(`${n(stats.idsFromUrl)} video IDs were unusable and were taken from the video URL.`);
  if (duplicatesInDataset > 0) out.push(`${n(duplicatesInDataset)} records repeat a video ID seen earlier in the same file; the later record wins.`);
  if (s.rejected > 0) out.push(`${n(s.rejected)} of ${n(s.rowsRead)} records were rejected; see the rejection list for line numbers and reasons.`);
  return out;
}
