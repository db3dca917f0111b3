/**
 * Which format a file is: CSV presets from the header, JSON shapes from the first records or the
 * document. The reason names the evidence (columns, keys) so the preview can show why.
 */
import type { ColumnMapping, FormatId } from '../../../../shared/domain/import';
import type { JsonValue } from '../read/types';
import { findColumn, presetMapping, suggestCsvMapping } from './columnMapping';
import { CSV_PRESETS, type CsvSignature } from './csvPresets';
import { classify, isObject, ITEM_LIST_KEYS, type JsonShape } from './jsonShapes';
import { formatLabel } from './labels';

function matchSignature(header: string[], signature: CsvSignature): string[] | null {
  if (signature.slashFlattened && !header.some((c) => c.includes('/'))) return null;
  const matched: string[] = [];
  for (const group of signature.groups) {
    let found: string | null = null;
    for (const name of group) {
      found = findColumn(header, name);
      if (found !== null) break;
    }
    if (found === null) return null;
    matched.push(found);
  }
  return matched;
}

export function detectCsvFormat(header: string[]): { format: FormatId; reason: string; mapping: ColumnMapping } {
  for (const preset of CSV_PRESETS) {
    for (const signature of preset.signatures) {
      const matched = matchSignature(header, signature);
      if (matched) {
        return {
          format: preset.format,
          reason: `${formatLabel(preset.format)}: header has ${matched.join(', ')}`,
          mapping: presetMapping(preset.format, header),
        };
      }
    }
  }
  const mapping = suggestCsvMapping(header);
  const mapped = Object.entries(mapping).map(([field, column]) => `${column} → ${field}`);
  return {
    format: 'generic-csv',
    reason: mapped.length > 0
      ? `no known export layout; columns matched by name: ${mapped.join(', ')}`
      : 'no known export layout and no recognisable column names; map the columns by hand',
    mapping,
  };
}

const SHAPE_FORMAT: Record<'json' | 'ndjson', Record<JsonShape, FormatId>> = {
  json: {
    'zeeschuimer-envelope': 'zeeschuimer-ndjson',
    'research-page': 'research-api-json',
    'research-video': 'research-api-json',
    'scraper-item': 'tiktok-scraper-json',
    'scraper-dump': 'tiktok-scraper-json',
    'tiktok-item': 'tiktok-item-json',
  },
  ndjson: {
    'zeeschuimer-envelope': 'zeeschuimer-ndjson',
    'research-page': 'research-api-ndjson',
    'research-video': 'research-api-ndjson',
    'scraper-item': 'tiktok-scraper-json',
    'scraper-dump': 'tiktok-scraper-json',
    'tiktok-item': 'tiktok-item-json',
  },
};

const SHAPE_NAME: Record<JsonShape, string> = {
  'zeeschuimer-envelope': 'Zeeschuimer records',
  'research-page': 'Research API response pages',
  'research-video': 'Research API video objects',
  'scraper-item': 'tiktok-scraper/Apify items',
  'scraper-dump': 'tiktok-scraper dumps',
  'tiktok-item': 'TikTok web items',
};

const SHAPE_NAME_ONE: Record<JsonShape, string> = {
  'zeeschuimer-envelope': 'a single Zeeschuimer record',
  'research-page': 'a Research API response page',
  'research-video': 'a single Research API video object',
  'scraper-item': 'a single tiktok-scraper/Apify item',
  'scraper-dump': 'a tiktok-scraper dump',
  'tiktok-item': 'a single TikTok web item',
};

const SAMPLE = 50;

/** The most common shape among the sampled values, with a reason; null when none matched. */
function vote(values: JsonValue[], container: 'json' | 'ndjson', where: string): { format: FormatId; reason: string } | null {
  const votes = new Map<JsonShape, { n: number; keys: string[] }>();
  const sample = values.slice(0, SAMPLE);
  for (const v of sample) {
    const c = classify(v);
    if (!c) continue;
    const entry = votes.get(c.shape);
    if (entry) entry.n++;
    else votes.set(c.shape, { n: 1, keys: c.keys });
  }
  let best: [JsonShape, { n: number; keys: string[] }] | null = null;
  for (const e of votes) if (!best || e[1].n > best[1].n) best = e;
  if (!best) return null;
  const [shape, { n, keys }] = best;
  return {
    format: SHAPE_FORMAT[container][shape],
    reason: `${SHAPE_NAME[shape]} (${keys.join(', ')}) in ${n} of ${sample.length} sampled ${where}`,
  };
}

export function detectJsonFormat(sample: {
  container: 'json' | 'ndjson';
  records?: JsonValue[];
  document?: JsonValue;
}): { format: FormatId; reason: string } {
  if (sample.container === 'ndjson') {
    const found = vote(sample.records ?? [], 'ndjson', 'lines');
    return found ?? { format: 'tiktok-item-json', reason: 'no known keys in the first lines; read as TikTok web items (a guess)' };
  }
  const doc = sample.document;
  if (Array.isArray(doc)) {
    const found = vote(doc, 'json', 'array elements');
    return found ?? { format: 'tiktok-item-json', reason: 'an array without known keys; read as TikTok web items (a guess)' };
  }
  if (isObject(doc)) {
    for (const key of ITEM_LIST_KEYS) {
      if (Array.isArray(doc[key])) {
        const found = vote(doc[key], 'json', `items in "${key}"`);
        if (found) return found;
        return { format: 'tiktok-item-json', reason: `TikTok web API response with "${key}"` };
      }
    }
    if (isObject(doc.itemInfo) && isObject(doc.itemInfo.itemStruct)) {
      return { format: 'tiktok-item-json', reason: 'TikTok web video page (itemInfo.itemStruct)' };
    }
    if (Array.isArray(doc.data) && doc.data.some((d) => isObject(d) && isObject(d.item))) {
      return { format: 'tiktok-item-json', reason: 'TikTok web search response (data[].item)' };
    }
    const c = classify(doc);
    if (c) {
      return { format: SHAPE_FORMAT.json[c.shape], reason: `${SHAPE_NAME_ONE[c.shape]} (${c.keys.join(', ')})` };
    }
    if (isObject(doc.data) && Array.isArray(doc.data.comments)) {
      return { format: 'research-api-json', reason: 'a Research API comment list (comments are not imported as posts)' };
    }
    if (isObject(doc.error) && !('data' in doc)) {
      return { format: 'research-api-json', reason: 'a Research API error response (no data)' };
    }
  }
  return { format: 'tiktok-item-json', reason: 'no known keys; read as a TikTok web item (a guess)' };
}
