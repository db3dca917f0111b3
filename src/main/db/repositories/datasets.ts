/** Dataset rows: the provenance of every import and collection, and their rejections. */
import type { Rejection } from '../../../shared/domain/import';
import type { DatasetInfo, DatasetKind } from '../../../shared/domain/study';
import type { Db } from '../connection';

export interface NewDataset {
  kind: DatasetKind;
  label: string;
  sourceName: string | null;
  sourceSize: number | null;
  format: string;
  container: string | null;
  encoding: string | null;
  delimiter: string | null;
  mapping: Record<string, string> | null;
  query?: unknown;
  toolVersion: string;
  startedAt: string;
}

export interface DatasetResult {
  sourceSha256: string | null;
  columns: string[] | null;
  timeAssumption: string | null;
  finishedAt: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: string[];
  stats: Record<string, unknown>;
}

export function createDataset(db: Db, d: NewDataset): number {
  const info = db
    .prepare(
      `INSERT INTO datasets (kind, label, status, source_name, source_size, format, container, encoding, delimiter, mapping_json, query_json, tool_version, started_at)
       VALUES (?, ?, 'complete', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.kind,
      d.label,
      d.sourceName,
      d.sourceSize,
      d.format,
      d.container,
      d.encoding,
      d.delimiter,
      d.mapping ? JSON.stringify(d.mapping) : null,
      d.query === undefined ? null : JSON.stringify(d.query),
      d.toolVersion,
      d.startedAt,
    );
  return Number(info.lastInsertRowid);
}

export function finishDataset(db: Db, id: number, r: DatasetResult): void {
  db.prepare(
    `UPDATE datasets SET source_sha256 = ?, columns_json = ?, time_assumption = ?, finished_at = ?, rows_read = ?, inserted = ?,
            updated = ?, unchanged = ?, rejected = ?, warnings_json = ?, stats_json = ? WHERE id = ?`,
  ).run(
    r.sourceSha256,
    r.columns ? JSON.stringify(r.columns) : null,
    r.timeAssumption,
    r.finishedAt,
    r.rowsRead,
    r.inserted,
    r.updated,
    r.unchanged,
    r.rejected,
    JSON.stringify(r.warnings),
    JSON.stringify(r.stats),
    id,
  );
}

export function insertRejections(db: Db, datasetId: number, rejections: readonly Rejection[]): void {
  const stmt = db.prepare('INSERT INTO rejections (dataset_id, line, reason) VALUES (?, ?, ?)');
  for (const r of rejections) stmt.run(datasetId, r.line, r.reason);
}

export function listRejections(db: Db, datasetId: number): Rejection[] {
  return db
    .prepare<[number], Rejection>('SELECT line, reason FROM rejections WHERE dataset_id = ? ORDER BY line, rowid')
    .all(datasetId);
}

interface DatasetRow {
  id: number;
  kind: DatasetKind;
  label: string;
  status: 'complete' | 'failed';
  source_name: string | null;
  source_size: number | null;
  source_sha256: string | null;
  query_json: string | null;
  format: string;
  container: string | null;
  encoding: string | null;
  delimiter: string | null;
  mapping_json: string | null;
  columns_json: string | null;
  time_assumption: string | null;
  tool_version: string;
  started_at: string;
  finished_at: string | null;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings_json: string;
  post_count: number;
}

export function listDatasets(db: Db): DatasetInfo[] {
  const rows = db
    .prepare<[], DatasetRow>(
      `SELECT d.*, (SELECT count(*) FROM post_sources s WHERE s.dataset_id = d.id) AS post_count
       FROM datasets d ORDER BY d.id`,
    )
    .all();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: r.label,
    status: r.status,
    sourceName: r.source_name,
    sourceSize: r.source_size,
    sourceSha256: r.source_sha256,
    query: r.query_json ? JSON.parse(r.query_json) : null,
    format: r.format,
    container: r.container as DatasetInfo['container'],
    encoding: r.encoding as DatasetInfo['encoding'],
    delimiter: r.delimiter,
    mapping: r.mapping_json ? JSON.parse(r.mapping_json) : null,
    columns: r.columns_json ? JSON.parse(r.columns_json) : null,
    timeAssumption: r.time_assumption,
    toolVersion: r.tool_version,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    rowsRead: r.rows_read,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
    postCount: r.post_count,
    warnings: JSON.parse(r.warnings_json) as string[],
  }));
}
