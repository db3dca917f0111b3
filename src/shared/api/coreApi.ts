/**
 * Study, import, posts and dataset calls. Each call: 'feature.verb', one object argument
 * (validated by the zod schema in main before dispatch), one result type.
 */
import { z } from 'zod';

import type { ImportJobStatus, ImportPreview, ImportSummary, MappingPreset } from '../domain/import';
import { CONTAINERS, ENCODINGS, FORMAT_IDS, MAPPABLE_FIELDS } from '../domain/import';
import type { PostDetail, PostRow } from '../domain/post';
import type { AuditEntry, DatasetInfo, RecentStudy, StudyInfo } from '../domain/study';
import { postFilterSchema } from './filterSchema';

const path = z.string().min(1).max(4096);
const mappingSchema = z.partialRecord(z.enum(MAPPABLE_FIELDS), z.string().max(500));

export const importOptionsSchema = z
  .object({
    path,
    displayName: z.string().max(1000).optional(),
    container: z.enum(CONTAINERS).optional(),
    format: z.enum(FORMAT_IDS).optional(),
    encoding: z.enum(ENCODINGS).optional(),
    delimiter: z.string().min(1).max(1).optional(),
    mapping: mappingSchema.optional(),
    timezone: z.string().max(100).optional(),
    label: z.string().max(300).optional(),
  })
  .strict();

export const POST_SORT_KEYS = ['createTime', 'views', 'likes', 'comments', 'shares', 'authorHandle', 'id'] as const;
export type PostSortKey = (typeof POST_SORT_KEYS)[number];

export const coreSchemas = {
  'app.info': z.object({}).strict(),
  'study.info': z.object({}).strict(),
  'study.open': z.object({ path }).strict(),
  'study.create': z.object({ path, name: z.string().max(200).optional() }).strict(),
  'study.openSample': z.object({}).strict(),
  'study.recent': z.object({}).strict(),
  'study.audit': z.object({ limit: z.number().int().positive().max(10000).optional() }).strict(),
  /** Native dialogs (desktop app only; the browser workbench gets UNSUPPORTED and asks for a path). */
  'dialog.pickStudy': z.object({ mode: z.enum(['open', 'create']) }).strict(),
  'dialog.pickImportFile': z.object({}).strict(),
  'import.preview': importOptionsSchema,
  'import.start': importOptionsSchema,
  'import.cancel': z.object({ jobId: z.string().max(100) }).strict(),
  /** Where an import stands: lets a UI that missed events (dropped connection) catch up. */
  'import.status': z.object({ jobId: z.string().max(100) }).strict(),
  'import.presets': z.object({}).strict(),
  'import.savePreset': z.object({ name: z.string().min(1).max(100), mapping: mappingSchema }).strict(),
  'import.deletePreset': z.object({ name: z.string().min(1).max(100) }).strict(),
  'datasets.list': z.object({}).strict(),
  'datasets.rejections': z.object({ datasetId: z.number().int().positive() }).strict(),
  'posts.query': z
    .object({
      filter: postFilterSchema.optional(),
      sort: z.enum(POST_SORT_KEYS).optional(),
      descending: z.boolean().optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .strict(),
  'posts.get': z.object({ id: z.string().regex(/^\d{1,25}$/) }).strict(),
  'posts.suggest': z
    .object({ kind: z.enum(['authors', 'hashtags', 'sounds']), prefix: z.string().max(200), limit: z.number().int().min(1).max(100).optional() })
    .strict(),
};

export interface AppInfo {
  version: string;
  transport: 'electron' | 'http';
  /** Native file dialogs exist only in the desktop app; the browser workbench asks for paths. */
  nativeDialogs: boolean;
  defaultStudyDir: string;
  timezones: string[];
}

export interface PostPage {
  total: number;
  offset: number;
  rows: PostRow[];
}

export interface Suggestion {
  value: string;
  label: string;
  posts: number;
}

export interface CoreResults {
  'app.info': AppInfo;
  'study.info': StudyInfo | null;
  'study.open': StudyInfo;
  'study.create': StudyInfo;
  'study.openSample': StudyInfo;
  'study.recent': RecentStudy[];
  'study.audit': AuditEntry[];
  'dialog.pickStudy': { path: string | null };
  'dialog.pickImportFile': { path: string | null; name: string | null; size: number | null };
  'import.preview': ImportPreview;
  'import.start': { jobId: string };
  'import.cancel': { cancelled: boolean };
  'import.status': ImportJobStatus;
  'import.presets': MappingPreset[];
  'import.savePreset': MappingPreset;
  'import.deletePreset': { deleted: boolean };
  'datasets.list': DatasetInfo[];
  'datasets.rejections': Array<{ line: number; reason: string }>;
  'posts.query': PostPage;
  'posts.get': PostDetail;
  'posts.suggest': Suggestion[];
}

export type { ImportSummary };
