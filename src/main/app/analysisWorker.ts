/** The main-process side of the analysis worker: one long-lived thread, requests by id. */
import type { ParsedArgsOf, ResultOf } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/result';
import type { AnalysisChannel } from '../services/analysis/calls';
import type { AnalysisRequest, AnalysisResponse } from '../services/analysis/worker';
import { startWorker } from './workerEntry';

export class AnalysisWorker {
  private worker: ReturnType<typeof startWorker> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  call<K extends AnalysisChannel>(studyPath: string, channel: K, args: ParsedArgsOf<K>): Promise<ResultOf<K>> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise<ResultOf<K>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, studyPath, channel, args } satisfies AnalysisRequest);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensure() {
    if (this.worker) return this.worker;
    const worker = startWorker('analysisWorker', 'src/main/services/analysis/worker.ts', {});
    worker.on('message', (m: AnalysisResponse) => {
      const waiting = this.pending.get(m.id);
      if (!waiting) return;
      this.pending.delete(m.id);
      if (m.ok) waiting.resolve(m.value);
      else waiting.reject(new ApiError(m.error.code, m.error.message, m.error.details));
    });
    const failAll = (message: string) => {
      for (const { reject } of this.pending.values()) reject(new ApiError('INTERNAL', message));
      this.pending.clear();
      if (this.worker === worker) this.worker = null;
    };
    worker.on('error', (err) => failAll(`Analysis stopped unexpectedly: ${err.message}`));
    worker.on('exit', () => failAll('Analysis stopped unexpectedly; try again.'));
    // The worker must not keep a finishing process (CLI, tests) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
