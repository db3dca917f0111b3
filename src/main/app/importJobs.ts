/** Running imports as cancellable jobs in worker threads, reported as events. */
import { randomUUID } from 'node:crypto';

import { ApiError } from '../../shared/api/result';
import type { ImportOptions, ImportSummary } from '../../shared/domain/import';
import type { ImportWorkerData, ImportWorkerMessage } from '../services/import/worker';
import type { EventHub } from './events';
import { startWorker } from './workerEntry';

interface Job {
  worker: ReturnType<typeof startWorker>;
  done: Promise<ImportSummary>;
}

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

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
    const done = new Promise<ImportSummary>((resolve, reject) => {
      let settled = false;
      worker.on('message', (m: ImportWorkerMessage) => {
        if (m.type === 'progress') this.events.emit('import.progress', { jobId, ...m.progress });
        else if (m.type === 'done') {
          settled = true;
          this.events.emit('import.done', { jobId, summary: m.summary });
          resolve(m.summary);
        } else {
          settled = true;
          this.events.emit('import.failed', { jobId, code: m.error.code, message: m.error.message });
          reject(new ApiError(m.error.code, m.error.message));
        }
      });
      worker.on('error', (err) => {
        if (settled) return;
        settled = true;
        this.events.emit('import.failed', { jobId, code: 'INTERNAL', message: err.message });
        reject(err);
      });
      worker.on('exit', () => {
        this.jobs.delete(jobId);
        if (!settled) {
          settled = true;
          const message = 'The import stopped unexpectedly; the study is unchanged.';
          this.events.emit('import.failed', { jobId, code: 'INTERNAL', message });
          reject(new ApiError('INTERNAL', message));
        }
      });
    });
    // Callers that only listen to events must not trigger unhandled rejections.
    done.catch(() => undefined);
    this.jobs.set(jobId, { worker, done });
    return { jobId, done };
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
