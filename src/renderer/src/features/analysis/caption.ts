/**
 * Figure captions: what a reader of a paper needs to interpret a chart without the app — the
 * filter, the time zone, the date range and the definitions used.
 */
import { ANALYSIS_DEFINITIONS } from '../../../../shared/domain/analysis';
import type { PostFilter } from '../../../../shared/domain/filter';

export type DefinitionKey = keyof typeof ANALYSIS_DEFINITIONS;

export function describeFilter(filter: PostFilter, soundLabels: Readonly<Record<string, string>> = {}): string {
  const parts: string[] = [];
  if (filter.datasetIds?.length) parts.push(`datasets ${filter.datasetIds.join(', ')}`);
  if (filter.from || filter.to) parts.push(`created ${filter.from ?? 'any time'} to ${filter.to ?? 'any time'} (UTC)`);
  if (filter.authors?.length) parts.push(`authors ${filter.authors.map((a) => `@${a}`).join(', ')}`);
  if (filter.hashtags?.length) parts.push(`hashtags ${filter.hashtags.map((h) => `#${h}`).join(', ')}`);
  if (filter.sounds?.length) parts.push(`sounds ${filter.sounds.map((s) => (soundLabels[s] ? `${soundLabels[s]} (${s})` : s)).join(', ')}`);
  if (filter.text) parts.push(`caption contains "${filter.text}"`);
  return parts.length ? parts.join('; ') : 'all posts in the study';
}

export interface CaptionInput {
  title: string;
  filter: PostFilter;
  soundLabels?: Readonly<Record<string, string>>;
  /** IANA zone of the figure's days and hours; null when the figure does not depend on one. */
  tz: string | null;
  /** First and last day shown (in the zone), when known. */
  range?: { first: string | null; last: string | null } | null;
  posts?: number;
  definitions: readonly DefinitionKey[];
  notes?: readonly string[];
}

export function captionLines(c: CaptionInput): string[] {
  const lines = [c.title, `Posts: ${describeFilter(c.filter, c.soundLabels)}${c.posts !== undefined ? ` (n = ${c.posts.toLocaleString('en-US')})` : ''}.`];
  const when: string[] = [];
  if (c.range?.first && c.range.last) when.push(`Dates ${c.range.first} to ${c.range.last}`);
  if (c.tz) when.push(`time zone ${c.tz}`);
  if (when.length) {
    const text = when.join(', ');
    lines.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`);
  }
  for (const key of c.definitions) lines.push(ANALYSIS_DEFINITIONS[key]);
  lines.push(...(c.notes ?? []));
  return lines;
}
