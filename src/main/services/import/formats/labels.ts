/** Human-readable names of the formats, as the import preview and the dataset card show them. */
import { FORMAT_LABELS } from '../../../../shared/domain/formatLabels';
import type { FormatId } from '../../../../shared/domain/import';

export function formatLabel(format: FormatId): string {
  return FORMAT_LABELS[format];
}

/** Formats whose counts are TikTok's web display values (≥ 10,000 rounded to 3 significant digits). */
export const DISPLAY_ROUNDED_FORMATS: ReadonlySet<FormatId> = new Set<FormatId>([
  'zeeschuimer-csv',
  'zeeschuimer-ndjson',
  'tiktok-scraper-csv',
  'tiktok-scraper-json',
  'apify-csv',
  'tiktok-item-json',
  '4cat-csv',
]);
