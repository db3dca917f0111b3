/** Running imports as cancellable jobs in worker threads, reported as events. */
import { randomUUID } from 'node:crypto';

import { ApiError } from '../../shared/api/result';
import type { ImportJobStatus, ImportOptions, ImportSummary } from '../../shared/domain/import';
import type { ImportWorkerData, ImportWorkerMessage } from '../services/import/worker';
import type { EventHub } from './events';
import { startWorker } from './workerEntry';

interface Job {
  worker: ReturnType<typeof startWorker>;
  done: Promise<ImportSummary>;
}

/** Finished jobs remembered for `status` (a UI catching up after a dropped connection). */
const FINISHED_KEPT = 50;

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly statuses = new Map<string, ImportJobStatus>();

  constructor(private readonly events: EventHub) {}

  get running(): number {
    return this.jobs.size;
  }

  start(studyPath: string, options: ImportOptions, actor: string): { jobId: string; done: Promise<ImportSummary> } {
    const jobId = randomUUID();
    const worker = startWorker('importWorker', 'src/main/services/import/worker.ts', {
      studyPath,
      options,
      actor,
    } satisfies ImportWorkerData);
    this.remember({ jobId, state: 'running', progress: null, summary: null, error: null });
    const done = new Promise<ImportSummary>((resolve, reject) => {
      let settled = false;
      const fail = (code: string, message: string) => {
        settled = true;
        this.remember({ ...this.status(jobId), state: 'failed', error: { code, message } });
        this.events.emit('import.failed', { jobId, code, message });
        reject(new ApiError(code as ApiError['code'], message));
      };
      worker.on('message', (m: ImportWorkerMessage) => {
        if (m.type === 'progress') {
          const progress = { jobId, ...m.progress };
          this.remember({ ...this.status(jobId), progress });
          this.events.emit('import.progress', progress);
        } else if (m.type === 'done') {
          settled = true;
          this.remember({ ...this.status(jobId), state: 'done', summary: m.summary });
          this.events.emit('import.done', { jobId, summary: m.summary });
          resolve(m.summary);
        } else {
          fail(m.error.code, m.error.message);
        }
      });
      worker.on('error', (err) => {
        if (!settled) fail('INTERNAL', err.message);
      });
      worker.on('exit', () => {
        this.jobs.delete(jobId);
        if (!settled) fail('INTERNAL', 'The import stopped unexpectedly; the study is unchanged.');
      });
    });
    // Callers that only listen to events must not trigger unhandled rejections.
    done.catch(() => undefined);
    this.jobs.set(jobId, { worker, done });
    return { jobId, done };
  }

  status(jobId: string): ImportJobStatus {
    return this.statuses.get(jobId) ?? { jobId, state: 'unknown', progress: null, summary: null, error: null };
  }

  private remember(status: ImportJobStatus): void {
    this.statuses.delete(status.jobId);
    this.statuses.set(status.jobId, status);
    // Oldest first in a Map: drop finished jobs beyond the limit.
    for (const [id, s] of this.statuses) {
      if (this.statuses.size <= FINISHED_KEPT) break;
      if (s.state !== 'running') this.statuses.delete(id);
    }
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job) return false;
    job.worker.postMessage({ type: 'cancel' });
    return true;
  }

  async stopAll(): Promise<void> {
    const pending = [...this.jobs.values()];
    for (const job of pending) job.worker.postMessage({ type: 'cancel' });
    await Promise.allSettled(pending.map((j) => j.done));
  }
}
