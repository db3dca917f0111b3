/** compileJsonMapper: the JSON shape's record picker followed by the shared post builder. */
import type { FormatId } from '../../../../shared/domain/import';
import { assertTimeZone } from '../normalise/timezones';
import type { JsonValue } from '../read/types';
import { DISPLAY_ROUNDED_FORMATS } from './labels';
import type { MapContext } from './mapStats';
import { buildPost, type BuildEnv, type MapOutcome, type RawRecord } from './postBuilder';
import { researchApiRecord } from './researchApiRecord';
import { tiktokItemRecord } from './tiktokItemRecord';
import { tiktokScraperRecord } from './tiktokScraperRecord';

type RecordPicker = (value: JsonValue) => RawRecord | string;

function pickerFor(format: FormatId): RecordPicker {
  switch (format) {
    case 'research-api-json':
    case 'research-api-ndjson':
      return researchApiRecord;
    case 'tiktok-scraper-json':
      return tiktokScraperRecord;
    case 'zeeschuimer-ndjson':
    case 'tiktok-item-json':
      return tiktokItemRecord;
    default:
      throw new Error(`${format} is a CSV format; use compileCsvMapper`);
  }
}

export function compileJsonMapper(format: FormatId, ctx: MapContext): (value: JsonValue) => MapOutcome {
  // An unset zone means UTC; an unknown one is refused here, once, not per row.
  const timezone = ctx.timezone || 'UTC';
  assertTimeZone(timezone);
  const pick = pickerFor(format);
  const env: BuildEnv = { timezone, stats: ctx.stats, displayRounded: DISPLAY_ROUNDED_FORMATS.has(format) };
  return (value) => {
    const raw = pick(value);
    if (typeof raw === 'string') return { error: raw };
    return buildPost(raw, env);
  };
}
