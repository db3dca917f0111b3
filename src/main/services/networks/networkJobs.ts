/**
 * Network builds as cancellable worker-thread jobs reported as events, and the built networks
 * kept in memory (the few most recent) for the view, node details and exports. A network is tied
 * to the study file it was built from; opening another study makes it unavailable.
 */
import { ApiError } from '../../../shared/api/result';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import type { NetworkOptions } from '../../../shared/domain/network';
import { startWorker } from '../../app/workerEntry';
import type { NetworkData } from './networkData';
import type { NetworkWorkerData, NetworkWorkerMessage } from './networkWorker';

type Emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

export interface StoredNetwork {
  studyPath: string;
  data: NetworkData;
}

const KEEP = 4;

export class NetworkJobs {
  private readonly running = new Map<string, { terminate: () => Promise<number> }>();
  private readonly built = new Map<string, StoredNetwork>();
  private counter = 0;

  constructor(private readonly emit: Emit) {}

  start(studyPath: string, options: NetworkOptions): { jobId: string; done: Promise<string> } {
    const jobId = `network-${Date.now().toString(36)}-${(this.counter++).toString(36)}`;
    const worker = startWorker('networkWorker', 'src/main/services/networks/networkWorker.ts', {
      studyPath,
      options,
    } satisfies NetworkWorkerData);
    // A build is only useful while the app runs; it must not keep a closing process alive.
    worker.unref();
    this.running.set(jobId, worker);
    const done = new Promise<string>((resolve, reject) => {
      let settled = false;
      const fail = (code: string, message: string) => {
        if (settled) return;
        settled = true;
        this.emit('network.failed', { jobId, code, message });
        reject(new ApiError(code === 'CANCELLED' ? 'CANCELLED' : 'INTERNAL', message));
      };
      worker.on('message', (m: NetworkWorkerMessage) => {
        if (m.type === 'progress') {
          this.emit('network.progress', { jobId, phase: m.phase, fraction: m.fraction, message: m.message });
        } else if (m.type === 'done') {
          settled = true;
          this.remember(jobId, { studyPath, data: m.data });
          this.emit('network.progress', { jobId, phase: 'done', fraction: 1, message: 'Done' });
          this.emit('network.done', { jobId, networkId: jobId, summary: m.data.summary });
          resolve(jobId);
        } else {
          fail(m.error.code, m.error.message);
        }
      });
      worker.on('error', (err) => fail('INTERNAL', err.message));
      worker.on('exit', () => {
        const cancelled = !this.running.has(jobId);
        this.running.delete(jobId);
        fail(cancelled ? 'CANCELLED' : 'INTERNAL', cancelled ? 'The network build was cancelled.' : 'The network build stopped unexpectedly.');
      });
    });
    done.catch(() => undefined);
    return { jobId, done };
  }

  /** Stops a running build (the worker only reads, so stopping it is always safe). */
  cancel(jobId: string): boolean {
    const worker = this.running.get(jobId);
    if (!worker) return false;
    this.running.delete(jobId);
    void worker.terminate();
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
    const workers = [...this.running.values()];
    this.running.clear();
    await Promise.allSettled(workers.map((w) => w.terminate()));
  }

  private remember(networkId: string, network: StoredNetwork): void {
    this.built.set(networkId, network);
    while (this.built.size > KEEP) this.built.delete(this.built.keys().next().value!);
  }
}
