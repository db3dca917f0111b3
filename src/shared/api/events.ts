/** Events pushed from main to the UI (IPC 'api:event' / HTTP server-sent events). */
import type { ImportProgress, ImportSummary } from '../domain/import';
import type { NetworkBuildProgress, NetworkSummary } from '../domain/network';
import type { StudyInfo } from '../domain/study';

export interface ApiEvents {
  'import.progress': ImportProgress;
  'import.done': { jobId: string; summary: ImportSummary };
  'import.failed': { jobId: string; code: string; message: string };
  'study.changed': StudyInfo | null;
  'network.progress': NetworkBuildProgress;
  'network.done': { jobId: string; networkId: string; summary: NetworkSummary };
  'network.failed': { jobId: string; code: string; message: string };
}

export type EventName = keyof ApiEvents;

export const EVENT_NAMES: readonly EventName[] = ['import.progress', 'import.done', 'import.failed', 'study.changed', 'network.progress', 'network.done', 'network.failed'];
