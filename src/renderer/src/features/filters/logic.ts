/** Pure filter operations shared by every screen that uses the filter bar. */
import type { PostFilter } from '../../../../shared/domain/filter';

export type ListKind = 'authors' | 'hashtags' | 'sounds';

export interface FilterChip {
  /** Unique within the filter; used to remove the chip. */
  id: string;
  kind: ListKind | 'from' | 'to' | 'text';
  value: string;
  label: string;
}

/** Sigils are typed by habit ("#climate", "@ana"); the backend matches without them. */
export function cleanListValue(kind: ListKind, raw: string): string {
  const trimmed = raw.trim();
  if (kind === 'hashtags') return trimmed.replace(/^[#＃]+/u, '').trim();
  if (kind === 'authors') return trimmed.replace(/^[@＠]+/u, '').trim();
  return trimmed;
}

export function addListValue(filter: PostFilter, kind: ListKind, raw: string): PostFilter {
  const value = cleanListValue(kind, raw);
  if (!value) return filter;
  const current = filter[kind] ?? [];
  const key = value.toLowerCase();
  if (current.some((v) => v.toLowerCase() === key)) return filter;
  return { ...filter, [kind]: [...current, value] };
}

export function removeChip(filter: PostFilter, chip: FilterChip): PostFilter {
  const next: PostFilter = { ...filter };
  if (chip.kind === 'from' || chip.kind === 'to' || chip.kind === 'text') {
    delete next[chip.kind];
    return next;
  }
  const remaining = (filter[chip.kind] ?? []).filter((v) => v !== chip.value);
  if (remaining.length) next[chip.kind] = remaining;
  else delete next[chip.kind];
  return next;
}

export function setScalar(filter: PostFilter, key: 'from' | 'to' | 'text', value: string): PostFilter {
  const next: PostFilter = { ...filter };
  const trimmed = key === 'text' ? value.trim() : value;
  if (trimmed) next[key] = trimmed;
  else delete next[key];
  return next;
}

/** One chip per active condition, in the order the bar shows its inputs. */
export function chipsOf(filter: PostFilter, soundLabels: Readonly<Record<string, string>> = {}): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filter.from) chips.push({ id: 'from', kind: 'from', value: filter.from, label: `From ${filter.from}` });
  if (filter.to) chips.push({ id: 'to', kind: 'to', value: filter.to, label: `To ${filter.to}` });
  for (const a of filter.authors ?? []) chips.push({ id: `authors:${a}`, kind: 'authors', value: a, label: `@${a}` });
  for (const h of filter.hashtags ?? []) chips.push({ id: `hashtags:${h}`, kind: 'hashtags', value: h, label: `#${h}` });
  for (const s of filter.sounds ?? []) {
    chips.push({ id: `sounds:${s}`, kind: 'sounds', value: s, label: `♪ ${soundLabels[s] ?? s}` });
  }
  if (filter.text) chips.push({ id: 'text', kind: 'text', value: filter.text, label: `“${filter.text}”` });
  return chips;
}

/** The filter as the API wants it: no empty lists or strings. */
export function compactFilter(filter: PostFilter): PostFilter {
  const out: PostFilter = {};
  if (filter.datasetIds?.length) out.datasetIds = [...filter.datasetIds];
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  if (filter.authors?.length) out.authors = [...filter.authors];
  if (filter.hashtags?.length) out.hashtags = [...filter.hashtags];
  if (filter.sounds?.length) out.sounds = [...filter.sounds];
  if (filter.text) out.text = filter.text;
  return out;
}

/** A stable key for caches: equal filters give equal keys whatever the property order. */
export function filterKey(filter: PostFilter): string {
  const c = compactFilter(filter);
  return JSON.stringify([c.datasetIds, c.from, c.to, c.authors, c.hashtags, c.sounds, c.text]);
}

/** "from" after "to" matches nothing; say so instead of showing an empty table without a reason. */
export function rangeProblem(filter: PostFilter): string | null {
  if (filter.from && filter.to && filter.from.slice(0, 10) > filter.to.slice(0, 10)) {
    return 'The “from” date is after the “to” date, so no post can match.';
  }
  return null;
}
