/** The import screen's preview: what Tokscope detected and what the first rows will become. */
import type { ImportOptions, ImportPreview, Rejection } from '../../../shared/domain/import';
import type { NormalisedPost } from '../../../shared/domain/post';
import { createMapStats } from './formats';
import { planImport, PREVIEW_ROWS } from './plan';
import { createRecordMapper, type MappedItem } from './recordMapper';
import type { ReadItem } from './read/types';

const MAX_CELL = 300;

function clip(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}

function rawView(item: ReadItem, header: string[] | null): Record<string, string> {
  if (item.kind === 'csv') {
    const out: Record<string, string> = {};
    (header ?? []).forEach((h, i) => (out[h || `column ${i + 1}`] = clip(item.values[i] ?? '')));
    return out;
  }
  if (item.kind === 'error') return { error: item.reason };
  const out: Record<string, string> = {};
  if (item.value && typeof item.value === 'object' && !Array.isArray(item.value)) {
    for (const [k, v] of Object.entries(item.value)) out[k] = clip(typeof v === 'string' ? v : JSON.stringify(v));
  } else {
    out.value = clip(item.raw);
  }
  return out;
}

export async function previewImport(options: ImportOptions): Promise<ImportPreview> {
  const plan = await planImport(options);
  const stats = createMapStats();
  const map = createRecordMapper(plan, { format: plan.format, timezone: plan.timezone, stats });
  const samplePosts: Array<NormalisedPost | null> = [];
  const sampleRejections: Rejection[] = [];
  const mapped: MappedItem[] = [];
  for (const item of plan.head) map(item, mapped);
  for (const out of mapped.slice(0, PREVIEW_ROWS)) {
    if ('rejection' in out) {
      samplePosts.push(null);
      sampleRejections.push(out.rejection);
    } else samplePosts.push(out.post);
  }
  const columns = plan.header ?? [...new Set(plan.head.flatMap((i) => Object.keys(rawView(i, null))))];
  const warnings: string[] = [];
  if (plan.encoding === 'windows-1252') warnings.push(`Encoding: ${plan.sniff.encodingReason}.`);
  if (stats.zoneAssumed > 0) warnings.push(`Timestamps carry no time zone; they will be read as ${plan.timezone}.`);
  if (plan.container === 'csv' && !plan.mapping.id && !plan.mapping.url) {
    warnings.push('No column is mapped to the post ID (or the video URL): every row would be rejected. Map one below.');
  }
  return {
    container: plan.container,
    format: plan.format,
    formatLabel: plan.formatLabel,
    formatReason: plan.formatReason,
    encoding: plan.encoding,
    encodingReason: plan.sniff.encodingReason,
    delimiter: plan.delimiter,
    columns,
    mapping: plan.mapping,
    sampleRaw: plan.head.map((i) => rawView(i, plan.header)),
    samplePosts,
    sampleRejections,
    warnings,
    fileSize: plan.fileSize,
  };
}
