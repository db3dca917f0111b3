/**
 * Format detection and record mapping for the import pipeline.
 *
 * CSV: detectCsvFormat(header) → preset + mapping; compileCsvMapper(header, mapping, ctx) → row fn.
 * JSON: detectJsonFormat(sample) → format; jsonRecordPaths(format, doc) → where the records are
 * (also usable on single NDJSON lines that hold whole Research API pages); compileJsonMapper.
 * Mappers never throw for bad data: each record becomes a post or a rejection reason, and the
 * shared MapStats collects what was missing, approximate, assumed or repaired.
 */
export { createMapStats, type MapContext, type MapStats } from './mapStats';
export type { MapOutcome } from './postBuilder';
export { formatLabel } from './labels';
export { detectCsvFormat, detectJsonFormat } from './detect';
export { presetMapping, suggestCsvMapping } from './columnMapping';
export { compileCsvMapper } from './csvMapper';
export { compileJsonMapper } from './jsonMappers';
export { jsonRecordPaths, valueAtPath } from './jsonRecords';
