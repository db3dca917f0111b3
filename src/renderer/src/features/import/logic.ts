/** Pure state logic of the import screen, tested without React or a backend. */
import {
  FORMAT_IDS,
  type ColumnMapping,
  type Container,
  type Encoding,
  type FormatId,
  type ImportPreview,
  type MappableField,
  type MappingPreset,
  type Rejection,
} from '../../../../shared/domain/import';
import type { NormalisedPost } from '../../../../shared/domain/post';
import type { FileSource } from '../../api';

/** What the researcher changed from what Tokscope detected. Absent = use the detected value. */
export interface ImportOverrides {
  container?: Container;
  format?: FormatId;
  encoding?: Encoding;
  delimiter?: string;
  timezone?: string;
  mapping?: ColumnMapping;
  label?: string;
}

/** The argument object of import.preview and import.start. */
export interface ImportRequest extends ImportOverrides {
  path: string;
  displayName?: string;
}

export function buildImportRequest(source: FileSource, overrides: ImportOverrides): ImportRequest {
  const request: ImportRequest = { path: source.path, displayName: source.name };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof ImportOverrides, unknown]>) {
    if (value === undefined || value === '') continue;
    (request as unknown as Record<string, unknown>)[key] = value;
  }
  return request;
}

/**
 * Changing how the file is read invalidates choices that depended on it: a new container means the
 * format must be detected again, and a new format brings its own column mapping.
 */
export function setOverride<K extends keyof ImportOverrides>(
  overrides: ImportOverrides,
  key: K,
  value: ImportOverrides[K] | undefined,
): ImportOverrides {
  const next: ImportOverrides = { ...overrides };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  if (key === 'container') {
    delete next.format;
    delete next.mapping;
    delete next.delimiter;
  }
  if (key === 'format') delete next.mapping;
  return next;
}

/** Overrides that only concern reading, kept when the researcher picks another file. */
export function overridesForNewFile(overrides: ImportOverrides): ImportOverrides {
  return overrides.timezone ? { timezone: overrides.timezone } : {};
}

export function mapField(mapping: ColumnMapping, field: MappableField, column: string | null): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (column === null || column === '') delete next[field];
  else next[field] = column;
  return next;
}

export function formatsForContainer(container: Container): FormatId[] {
  const suffix = container === 'csv' ? '-csv' : container === 'ndjson' ? '-ndjson' : '-json';
  return FORMAT_IDS.filter((id) => id.endsWith(suffix));
}

export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const keysA = Object.keys(a).filter((k) => a[k as MappableField]);
  const keysB = Object.keys(b).filter((k) => b[k as MappableField]);
  return keysA.length === keysB.length && keysA.every((k) => a[k as MappableField] === b[k as MappableField]);
}

export function matchingPreset(mapping: ColumnMapping, presets: readonly MappingPreset[]): MappingPreset | null {
  return presets.find((p) => sameMapping(p.mapping, mapping)) ?? null;
}

/** Columns a preset maps that the current file does not have (the preset then only partly fits). */
export function missingPresetColumns(preset: MappingPreset, columns: readonly string[]): string[] {
  const present = new Set(columns);
  return Object.values(preset.mapping).filter((c): c is string => !!c && !present.has(c));
}

export interface SampleRow {
  index: number;
  raw: Record<string, string>;
  post: NormalisedPost | null;
  rejection: Rejection | null;
}

/**
 * Lines up the preview's sample rows with their outcome. Rejected rows are the nulls in
 * samplePosts; the rejections list them in the same order, so the k-th null gets the k-th reason
 * (line numbers cannot be used to match because quoted newlines make rows span several lines).
 */
export function sampleRows(preview: ImportPreview): SampleRow[] {
  let nextRejection = 0;
  return preview.sampleRaw.map((raw, index) => {
    const post = preview.samplePosts[index] ?? null;
    let rejection: Rejection | null = null;
    if (!post) {
      rejection = preview.sampleRejections[nextRejection] ?? { line: 0, reason: 'This row would be rejected.' };
      nextRejection++;
    }
    return { index, raw, post, rejection };
  });
}

/** Rejections that the preview found outside the rows it shows (e.g. unreadable lines). */
export function extraRejections(preview: ImportPreview): Rejection[] {
  const nulls = preview.samplePosts.filter((p) => p === null).length;
  return preview.sampleRejections.slice(nulls);
}

/**
 * The one thing to fix before importing, in words, or null when the preview looks importable. Any
 * file reads as some CSV, so "nothing would be imported" is the signal that the format is wrong.
 * The backend's own warnings come first: when it has explained the problem, this adds nothing.
 */
export function previewProblem(preview: ImportPreview): string | null {
  if (preview.warnings.length > 0) return null;
  if (preview.container === 'csv' && !preview.mapping.id && !preview.mapping.url) {
    return 'No column is mapped to Video ID or Video URL, so no post can be imported. Choose the right format or map the ID column below.';
  }
  if (preview.samplePosts.length > 0 && preview.samplePosts.every((p) => p === null)) {
    return 'None of the first rows can be imported. Check that this is a TikTok export and that the format and columns are right.';
  }
  if (preview.sampleRaw.length === 0) return 'Tokscope found no records in this file.';
  return null;
}
