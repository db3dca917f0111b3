/** Shared vocabulary of the import pipeline: containers, format presets, mappings, summaries. */

export const CONTAINERS = ['csv', 'json', 'ndjson'] as const;
export type Container = (typeof CONTAINERS)[number];

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Tokscope fields a CSV column can be mapped to. */
export const MAPPABLE_FIELDS = [
  'id',
  'url',
  'authorHandle',
  'authorId',
  'authorName',
  'authorFollowers',
  'createTime',
  'description',
  'musicId',
  'musicTitle',
  'musicAuthor',
  'hashtags',
  'mentions',
  'region',
  'duration',
  'views',
  'likes',
  'comments',
  'shares',
  'saves',
  'isAd',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** field → source column name (CSV header). Unmapped fields are absent. */
export type ColumnMapping = Partial<Record<MappableField, string>>;

export const FORMAT_IDS = [
  'common-csv',
  '4cat-csv',
  'research-api-csv',
  'gesis-csv',
  'apify-csv',
  'zeeschuimer-csv',
  'tiktok-scraper-csv',
  'generic-csv',
  'zeeschuimer-ndjson',
  'research-api-json',
  'research-api-ndjson',
  'tiktok-scraper-json',
  'tiktok-item-json',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface ImportOptions {
  /** Absolute path of the file on the machine running the import. */
  path: string;
  /** Name shown in provenance (defaults to the file's base name; uploads keep the user's file name). */
  displayName?: string;
  container?: Container;
  format?: FormatId;
  encoding?: Encoding;
  delimiter?: string;
  /** CSV only: overrides the preset's mapping. */
  mapping?: ColumnMapping;
  /** IANA zone used for timestamps that carry no zone. Default UTC. */
  timezone?: string;
  label?: string;
}

export interface Rejection {
  /** Physical line number in the file (header = line 1); for JSON documents, the line the item starts on. */
  line: number;
  reason: string;
}

export interface ImportSummary {
  datasetId: number;
  file: string;
  format: FormatId;
  container: Container;
  encoding: Encoding;
  encodingReason: string;
  delimiter: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  /** Which zone was assumed for zone-less timestamps ("UTC" unless the user chose one), or null if none were seen. */
  timeAssumption: string | null;
  timeMismatches: number;
  approximateCounts: number;
  /** field → number of records where the count was empty or unparseable (stored as missing, never 0). */
  missingCounts: Record<string, number>;
  warnings: string[];
  seconds: number;
}

export interface ImportPreview {
  container: Container;
  format: FormatId;
  formatLabel: string;
  /** Why this format was chosen (matched columns, envelope keys…). */
  formatReason: string;
  encoding: Encoding;
  encodingReason: string;
  delimiter: string | null;
  /** CSV header, or the top-level keys seen in the first JSON records. */
  columns: string[];
  mapping: ColumnMapping;
  /** First rows as the source has them (CSV: values by column; JSON: compact JSON text). */
  sampleRaw: Array<Record<string, string>>;
  /** The same rows after mapping (null where the row would be rejected). */
  samplePosts: Array<import('./post').NormalisedPost | null>;
  sampleRejections: Rejection[];
  warnings: string[];
  fileSize: number;
}

export type ImportPhase = 'reading' | 'indexing' | 'committing' | 'done' | 'cancelled' | 'failed';

export interface ImportProgress {
  jobId: string;
  phase: ImportPhase;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  rejected: number;
}

export interface ImportJobStatus {
  jobId: string;
  /** 'unknown': no such job in this process (finished long ago, or started by another one). */
  state: 'running' | 'done' | 'failed' | 'unknown';
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: { code: string; message: string } | null;
}

export interface MappingPreset {
  name: string;
  mapping: ColumnMapping;
  createdAt: string;
}
