/** Study-level DTOs: the study itself, its datasets (provenance) and its audit log. */
import type { Container, Encoding, FormatId, Rejection } from './import';

export interface StudyInfo {
  path: string;
  name: string;
  createdAt: string;
  schemaVersion: number;
  postCount: number;
  datasetCount: number;
  isSample: boolean;
  /** Earliest and latest post create time (ISO), for default date ranges. */
  firstPost: string | null;
  lastPost: string | null;
}

export type DatasetKind = 'file' | 'collection' | 'donation' | 'sample';

export interface DatasetInfo {
  id: number;
  kind: DatasetKind;
  label: string;
  status: 'complete' | 'failed';
  sourceName: string | null;
  sourceSize: number | null;
  sourceSha256: string | null;
  query: unknown;
  format: FormatId | string;
  container: Container | null;
  encoding: Encoding | null;
  delimiter: string | null;
  mapping: Record<string, string> | null;
  columns: string[] | null;
  timeAssumption: string | null;
  toolVersion: string;
  startedAt: string;
  finishedAt: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Posts that currently list this dataset among their sources. */
  postCount: number;
  warnings: string[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  details: unknown;
}

export interface RecentStudy {
  path: string;
  name: string;
  openedAt: string;
}

export type { Rejection };
