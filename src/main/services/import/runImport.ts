/**
 * One import, start to finish, as a single SQLite transaction: plan → read (streaming, bounded
 * batches) → map → write → provenance → commit. Cancel, an error or a killed process leave the
 * study exactly as it was (the transaction is rolled back, or never committed).
 */
import { createHash } from 'node:crypto';

import { ApiError } from '../../../shared/api/result';
import type { ImportOptions, ImportProgress, ImportSummary, Rejection } from '../../../shared/domain/import';
import { TOOL_VERSION } from '../../../shared/version';
import type { Db } from '../../db/connection';
import { deferSecondaryIndexes, type DeferredIndexes } from '../../db/bulkIndexes';
import { audit } from '../../db/repositories/audit';
import { createDataset, finishDataset, insertRejections } from '../../db/repositories/datasets';
import { PostWriter, type WriteItem } from '../../db/repositories/postWriter';
import { createMapStats } from './formats';
import { planImport } from './plan';
import { createRecordMapper, type MappedItem } from './recordMapper';
import { readSource } from './read/readSource';
import { summaryWarnings } from './warnings';

export interface ImportRunContext {
  actor: string;
  signal?: AbortSignal;
  onProgress?: (p: Omit<ImportProgress, 'jobId'>) => void;
  /** Minimum milliseconds between progress callbacks. */
  progressIntervalMs?: number;
  /** Test hook: called after each committed-to-transaction batch with the rows read so far. */
  afterBatch?: (rowsRead: number, bytesRead: number) => void | Promise<void>;
}

/** Page cache for bulk imports (negative = KiB in SQLite): large enough to avoid spills, fixed whatever the file size. */
const BULK_CACHE_KIB = -98304;
/** Below this many estimated records, maintaining indexes row by row is cheaper than rebuilding them. */
const BULK_MIN_RECORDS = 50_000;

/** Large imports relative to the study defer index maintenance (see bulkIndexes.ts). */
function isBulkImport(db: Db, plan: Awaited<ReturnType<typeof planImport>>): boolean {
  // Estimate the record count from the average size of the first records.
  let chars = 0;
  for (const item of plan.head) {
    if (item.kind === 'csv') chars += item.values.reduce((n, v) => n + v.length + 1, 0);
    else if (item.kind === 'json') chars += item.raw.length + 1;
  }
  if (chars === 0) return false;
  const estimated = plan.fileSize / (chars / plan.head.length);
  if (estimated < BULK_MIN_RECORDS) return false;
  const existing = db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
  return estimated * 2 >= existing;
}

export async function runImport(db: Db, options: ImportOptions, ctx: ImportRunContext): Promise<ImportSummary> {
  const started = Date.now();
  const plan = await planImport(options);
  const stats = createMapStats();
  const mapItem = createRecordMapper(plan, { format: plan.format, timezone: plan.timezone, stats });
  const hash = createHash('sha256');
  const rejections: Rejection[] = [];
  let rowsRead = 0;
  let bytesRead = 0;
  let lastProgress = 0;
  const interval = ctx.progressIntervalMs ?? 100;
  const report = (phase: ImportProgress['phase']) =>
    ctx.onProgress?.({ phase, bytesRead, totalBytes: plan.fileSize, rowsRead, rejected: rejections.length });

  const bulk = isBulkImport(db, plan);
  const previousCacheSize = db.pragma('cache_size', { simple: true }) as number;
  // Rebuilding indexes sorts millions of keys; let SQLite's sorter spill to temporary files
  // instead of memory so a large import's memory stays bounded. (Only settable outside a transaction.)
  if (bulk) db.pragma('temp_store = FILE');
  db.exec('BEGIN IMMEDIATE');
  let committed = false;
  let deferred: DeferredIndexes | null = null;
  const restoreSettings = () => {
    db.pragma(`cache_size = ${previousCacheSize}`);
    if (bulk) db.pragma('temp_store = MEMORY');
  };
  try {
    if (bulk) {
      // A bigger page cache keeps the transaction's dirty pages in memory instead of spilling them.
      db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
      deferred = deferSecondaryIndexes(db);
    }
    const datasetId = createDataset(db, {
      kind: 'file',
      label: options.label ?? plan.displayName,
      sourceName: plan.displayName,
      sourceSize: plan.fileSize,
      format: plan.format,
      container: plan.container,
      encoding: plan.encoding,
      delimiter: plan.delimiter,
      mapping: plan.container === 'csv' ? (plan.mapping as Record<string, string>) : null,
      toolVersion: TOOL_VERSION,
      startedAt: new Date(started).toISOString(),
    });
    const writer = new PostWriter(db, datasetId);
    const batch: WriteItem[] = [];
    const mapped: MappedItem[] = [];
    report('reading');

    for await (const chunk of readSource({
      path: plan.path,
      container: plan.container,
      encoding: plan.encoding,
      delimiter: plan.delimiter,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      onChunk: (raw) => hash.update(raw),
      ...(plan.selectRecords ? { selectRecords: plan.selectRecords } : {}),
    })) {
      for (const item of chunk.items) mapItem(item, mapped);
      rowsRead += mapped.length;
      for (const m of mapped) {
        if ('rejection' in m) rejections.push(m.rejection);
        else batch.push(m);
      }
      mapped.length = 0;
      writer.write(batch);
      batch.length = 0;
      bytesRead = chunk.bytesRead;
      if (ctx.signal?.aborted) throw new ApiError('CANCELLED', 'Import cancelled; the study is unchanged.');
      const now = Date.now();
      if (now - lastProgress >= interval) {
        lastProgress = now;
        report('reading');
      }
      if (ctx.afterBatch) await ctx.afterBatch(rowsRead, bytesRead);
    }

    if (deferred) {
      report('indexing');
      deferred.restore();
    }
    report('committing');
    const counts = writer.counts;
    const summaryBase = {
      datasetId,
      file: plan.displayName,
      format: plan.format,
      container: plan.container,
      encoding: plan.encoding,
      encodingReason: plan.sniff.encodingReason,
      delimiter: plan.delimiter,
      rowsRead,
      inserted: counts.inserted,
      updated: counts.updated,
      unchanged: counts.unchanged,
      rejected: rejections.length,
      rejections,
      timeAssumption: stats.zoneAssumed > 0 ? plan.timezone : null,
      timeMismatches: stats.timeMismatches,
      approximateCounts: stats.approximateCounts,
      missingCounts: stats.missingCounts,
    };
    const warnings = summaryWarnings(summaryBase, stats, counts.duplicatesInDataset);
    finishDataset(db, datasetId, {
      sourceSha256: hash.digest('hex'),
      columns: plan.header,
      timeAssumption: summaryBase.timeAssumption,
      finishedAt: new Date().toISOString(),
      rowsRead,
      inserted: counts.inserted,
      updated: counts.updated,
      unchanged: counts.unchanged,
      rejected: rejections.length,
      warnings,
      stats: { ...stats, duplicatesInDataset: counts.duplicatesInDataset },
    });
    insertRejections(db, datasetId, rejections);
    audit(db, ctx.actor, 'import', {
      datasetId,
      file: plan.displayName,
      format: plan.format,
      rowsRead,
      inserted: counts.inserted,
      updated: counts.updated,
      unchanged: counts.unchanged,
      rejected: rejections.length,
    });
    db.exec('COMMIT');
    committed = true;
    restoreSettings();
    report('done');
    return { ...summaryBase, warnings, seconds: (Date.now() - started) / 1000 };
  } catch (err) {
    if (!committed && db.inTransaction) db.exec('ROLLBACK');
    restoreSettings();
    if (err instanceof Error && err.name === 'AbortError') {
      throw new ApiError('CANCELLED', 'Import cancelled; the study is unchanged.');
    }
    if (err instanceof ApiError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new ApiError('UNREADABLE', `Import of ${plan.displayName} failed and was rolled back (the study is unchanged): ${message}`);
  }
}
