/** Human-readable names of the formats, as the import preview and the dataset card show them. */
import type { FormatId } from '../../../../shared/domain/import';

const LABELS: Record<FormatId, string> = {
  'common-csv': 'Common academic schema (CSV)',
  '4cat-csv': '4CAT TikTok export (CSV)',
  'research-api-csv': 'TikTok Research API videos (CSV)',
  'gesis-csv': 'GESIS "News on TikTok" dataset (CSV)',
  'apify-csv': 'Apify TikTok scraper export (CSV)',
  'zeeschuimer-csv': 'Zeeschuimer capture, flattened (CSV)',
  'tiktok-scraper-csv': 'tiktok-scraper export (CSV)',
  'generic-csv': 'Other CSV (columns mapped by name)',
  'zeeschuimer-ndjson': 'Zeeschuimer capture (NDJSON)',
  'research-api-json': 'TikTok Research API response (JSON)',
  'research-api-ndjson': 'TikTok Research API videos (NDJSON)',
  'tiktok-scraper-json': 'tiktok-scraper / Apify items (JSON)',
  'tiktok-item-json': 'TikTok web item objects (JSON)',
};

export function formatLabel(format: FormatId): string {
  return LABELS[format];
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
