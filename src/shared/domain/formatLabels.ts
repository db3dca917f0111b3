/** Human-readable names of the import formats, shared by the importer, the UI and the dataset card. */
import type { FormatId } from './import';

export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = {
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
