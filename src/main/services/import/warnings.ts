/** Plain-language notes about an import, shown in its summary and kept with the dataset. */
import type { ImportSummary } from '../../../shared/domain/import';
import type { MapStats } from './formats';

type SummaryCore = Pick<
  ImportSummary,
  'encoding' | 'encodingReason' | 'timeAssumption' | 'timeMismatches' | 'approximateCounts' | 'missingCounts' | 'rejected' | 'rowsRead'
>;

/** "1 post has", "3 posts have": a count with its noun and verb agreeing. */
function count(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

export function summaryWarnings(s: SummaryCore, stats: MapStats, duplicatesInDataset: number): string[] {
  const out: string[] = [];
  if (s.encoding === 'windows-1252') out.push(`Encoding: ${s.encodingReason}.`);
  if (s.timeAssumption) {
    out.push(`${count(stats.zoneAssumed, 'timestamp carried', 'timestamps carried')} no time zone and ${stats.zoneAssumed === 1 ? 'was' : 'were'} read as ${s.timeAssumption}.`);
  }
  if (stats.unparsedTimes > 0) {
    out.push(`${count(stats.unparsedTimes, 'timestamp', 'timestamps')} could not be read; ${stats.unparsedTimes === 1 ? 'that post has' : 'those posts have'} no create time.`);
  }
  if (s.timeMismatches > 0) {
    out.push(
      `${count(s.timeMismatches, 'post has', 'posts have')} a create time more than an hour away from the time encoded in the video ID (flagged; check the source's time zone).`,
    );
  }
  if (s.approximateCounts > 0) {
    out.push(`${count(s.approximateCounts, 'post has', 'posts have')} abbreviated or display-rounded counts (flagged approximate).`);
  }
  for (const [field, n] of Object.entries(s.missingCounts)) {
    if (n > 0) out.push(`${count(n, 'record has', 'records have')} no usable ${field} value (stored as missing, not 0).`);
  }
  if (stats.idsFromUrl > 0) {
    out.push(`${count(stats.idsFromUrl, 'video ID was', 'video IDs were')} unusable and taken from the video URL.`);
  }
  if (duplicatesInDataset > 0) {
    out.push(`${count(duplicatesInDataset, 'record repeats', 'records repeat')} a video ID seen earlier in the same file; the later record wins.`);
  }
  if (s.rejected > 0) {
    out.push(`${s.rejected.toLocaleString('en-US')} of ${count(s.rowsRead, 'record was', 'records were')} rejected; see the rejection list for line numbers and reasons.`);
  }
  return out;
}
