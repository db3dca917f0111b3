/**
 * Worker-thread entry for one network build. It opens its own read-only connection to the study,
 * so the process that started it (desktop main process or workbench server) stays responsive
 * while millions of pairs are counted; the result comes back with its typed arrays transferred.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { toErrorShape } from '../../../shared/api/result';
import type { NetworkOptions } from '../../../shared/domain/network';
import { openStudyDb } from '../../db/connection';
import { buildNetwork, type BuildPhase } from './buildNetwork';
import { compactEdges } from './edgeList';
import { transferList, type NetworkData } from './networkData';

export interface NetworkWorkerData {
  studyPath: string;
  options: NetworkOptions;
}

export type NetworkWorkerMessage =
  | { type: 'progress'; phase: BuildPhase; fraction: number | null; message: string }
  | { type: 'done'; data: NetworkData }
  | { type: 'failed'; error: ReturnType<typeof toErrorShape> };

function main(): void {
  if (!parentPort) throw new Error('network worker started outside a worker thread');
  const port = parentPort;
  const data = workerData as NetworkWorkerData;
  let db;
  try {
    db = openStudyDb(data.studyPath, { readonly: true });
    let lastReport = 0;
    const network = buildNetwork(db, data.options, {
      onProgress: (phase, fraction, message) => {
        // At most ~20 messages a second: progress, not a flood.
        const now = performance.now();
        if (fraction !== null && fraction > 0 && fraction < 1 && now - lastReport < 50) return;
        lastReport = now;
        port.postMessage({ type: 'progress', phase, fraction, message } satisfies NetworkWorkerMessage);
      },
    });
    const compact = { ...network, edges: compactEdges(network.edges) };
    port.postMessage({ type: 'done', data: compact } satisfies NetworkWorkerMessage, transferList(compact));
  } catch (err) {
    port.postMessage({ type: 'failed', error: toErrorShape(err) } satisfies NetworkWorkerMessage);
  } finally {
    db?.close();
    port.close();
  }
}

main();
