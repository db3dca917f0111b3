/**
 * Network builds as cancellable jobs reported as events, and the built networks kept in memory
 * (the few most recent) for the view, node details and exports. Builds run one at a time in a
 * long-lived worker thread (warm JIT); cancelling the running build terminates that worker — it
 * only reads, so that is always safe — and the queue continues on a fresh one. A network is tied to
 * the study file it was built from; opening another study makes it unavailable.
 */
import type { Worker } from 'node:worker_threads';

import { ApiError } from '../../../shared/api/result';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import type { NetworkOptions } from '../../../shared/domain/network';
import { startWorker } from '../../app/workerEntry';
import type { NetworkData } from './networkData';
import type { NetworkBuildRequest, NetworkWorkerMessage } from './networkWorker';

type Emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

export interface StoredNetwork {
  studyPath: string;
  data: NetworkData;
}

interface Job {
  request: NetworkBuildRequest;
  resolve: (networkId: string) => void;
  reject: (err: ApiError) => void;
}

const KEEP = 4;

export class NetworkJobs {
  private worker: Worker | null = null;
  /** Sent to the worker, in order; the first one is running once the worker says 'started'. */
  private readonly queue = new Map<string, Job>();
  private running: string | null = null;
  private readonly built = new Map<string, StoredNetwork>();
  private counter = 0;

  constructor(private readonly emit: Emit) {}

  start(studyPath: string, options: NetworkOptions): { jobId: string; done: Promise<string> } {
    const jobId = `network-${Date.now().toString(36)}-${(this.counter++).toString(36)}`;
    const request: NetworkBuildRequest = { type: 'build', jobId, studyPath, options };
    const done = new Promise<string>((resolve, reject) => this.queue.set(jobId, { request, resolve, reject }));
    done.catch(() => undefined);
    this.ensureWorker().postMessage(request);
    return { jobId, done };
  }

  cancel(jobId: string): boolean {
    if (!this.queue.has(jobId)) return false;
    // The first build in the queue is running or about to start in the worker.
    const runningOrNext = this.running === jobId || this.queue.keys().next().value === jobId;
    this.finish(jobId, 'CANCELLED', 'The network build was cancelled.');
    if (runningOrNext) {
      // Stop the work itself; the builds still waiting go to a fresh worker.
      this.running = null;
      const old = this.worker;
      this.worker = null;
      void old?.terminate();
      if (this.queue.size > 0) {
        const next = this.ensureWorker();
        for (const waiting of this.queue.values()) next.postMessage(waiting.request);
      }
    }
    // A waiting build is simply dropped; if the worker reaches it, its messages are ignored.
    return true;
  }

  get(networkId: string, studyPath: string | null): NetworkData {
    const stored = this.built.get(networkId);
    if (!stored || stored.studyPath !== studyPath) {
      throw new ApiError('NOT_FOUND', 'That network is no longer available (another study was opened, or it was replaced). Build it again.');
    }
    return stored.data;
  }

  async stopAll(): Promise<void> {
    for (const jobId of [...this.queue.keys()]) this.finish(jobId, 'CANCELLED', 'The app is closing.');
    const old = this.worker;
    this.worker = null;
    await old?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker('networkWorker', 'src/main/services/networks/networkWorker.ts', {});
    // Builds are only useful while the app runs; an idle worker must not keep a process alive.
    worker.unref();
    worker.on('message', (m: NetworkWorkerMessage) => this.onMessage(m));
    worker.on('error', (err) => this.onWorkerGone(worker, err.message));
    worker.on('exit', () => this.onWorkerGone(worker, 'The network build stopped unexpectedly.'));
    this.worker = worker;
    return worker;
  }

  private onMessage(m: NetworkWorkerMessage): void {
    if (!this.queue.has(m.jobId)) return; // cancelled while waiting
    if (m.type === 'started') {
      this.running = m.jobId;
    } else if (m.type === 'progress') {
      this.emit('network.progress', { jobId: m.jobId, phase: m.phase, fraction: m.fraction, message: m.message });
    } else if (m.type === 'done') {
      const job = this.queue.get(m.jobId)!;
      this.queue.delete(m.jobId);
      this.running = null;
      this.remember(m.jobId, { studyPath: job.request.studyPath, data: m.data });
      this.emit('network.progress', { jobId: m.jobId, phase: 'done', fraction: 1, message: 'Done' });
      this.emit('network.done', { jobId: m.jobId, networkId: m.jobId, summary: m.data.summary });
      job.resolve(m.jobId);
    } else {
      this.running = null;
      this.finish(m.jobId, m.error.code, m.error.message);
    }
  }

  /** A worker that died on its own (crash, out of memory) takes its unfinished builds with it. */
  private onWorkerGone(worker: Worker, message: string): void {
    if (this.worker !== worker) return; // terminated on purpose
    this.worker = null;
    this.running = null;
    for (const jobId of [...this.queue.keys()]) this.finish(jobId, 'INTERNAL', message);
  }

  private finish(jobId: string, code: string, message: string): void {
    const job = this.queue.get(jobId);
    if (!job) return;
    this.queue.delete(jobId);
    this.emit('network.failed', { jobId, code, message });
    job.reject(new ApiError(code === 'CANCELLED' ? 'CANCELLED' : code === 'VALIDATION' ? 'VALIDATION' : 'INTERNAL', message));
  }

  private remember(networkId: string, network: StoredNetwork): void {
    this.built.set(networkId, network);
    while (this.built.size > KEEP) this.built.delete(this.built.keys().next().value!);
  }
}
