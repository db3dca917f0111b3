/**
 * Worker-thread entry for network builds. One worker serves builds one after another, so its JIT
 * stays warm (the second build of a session runs at full speed); each build opens its own
 * read-only connection to the study, so the process that started the worker (desktop main process
 * or workbench server) stays responsive while millions of pairs are counted. Results come back
 * with their typed arrays transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';

import { toErrorShape } from '../../../shared/api/result';
import type { NetworkOptions } from '../../../shared/domain/network';
import { openStudyDb } from '../../db/connection';
import { buildNetwork, type BuildPhase } from './buildNetwork';
import { compactEdges } from './edgeList';
import { transferList, type NetworkData } from './networkData';

export interface NetworkBuildRequest {
  type: 'build';
  jobId: string;
  studyPath: string;
  options: NetworkOptions;
}

export type NetworkWorkerMessage =
  | { type: 'started'; jobId: string }
  | { type: 'progress'; jobId: string; phase: BuildPhase; fraction: number | null; message: string }
  | { type: 'done'; jobId: string; data: NetworkData }
  | { type: 'failed'; jobId: string; error: ReturnType<typeof toErrorShape> };

function build(port: NonNullable<typeof parentPort>, request: NetworkBuildRequest): void {
  const { jobId } = request;
  port.postMessage({ type: 'started', jobId } satisfies NetworkWorkerMessage);
  let db;
  try {
    db = openStudyDb(request.studyPath, { readonly: true });
    let lastReport = 0;
    const network = buildNetwork(db, request.options, {
      onProgress: (phase, fraction, message) => {
        // At most ~20 messages a second: progress, not a flood.
        const now = performance.now();
        if (fraction !== null && fraction > 0 && fraction < 1 && now - lastReport < 50) return;
        lastReport = now;
        port.postMessage({ type: 'progress', jobId, phase, fraction, message } satisfies NetworkWorkerMessage);
      },
    });
    const compact = { ...network, edges: compactEdges(network.edges) };
    port.postMessage({ type: 'done', jobId, data: compact } satisfies NetworkWorkerMessage, transferList(compact));
  } catch (err) {
    port.postMessage({ type: 'failed', jobId, error: toErrorShape(err) } satisfies NetworkWorkerMessage);
  } finally {
    db?.close();
  }
}

if (!parentPort) throw new Error('network worker started outside a worker thread');
const port = parentPort;
port.on('message', (m: NetworkBuildRequest) => {
  if (m.type === 'build') build(port, m);
});
