/**
 * Worker-thread entry for one import. It opens its own connection to the study, so the process
 * that started it (desktop main process or browser-workbench server) stays responsive.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { toErrorShape } from '../../../shared/api/result';
import type { ImportOptions } from '../../../shared/domain/import';
import { openStudyDb } from '../../db/connection';
import { runImport } from './runImport';

export interface ImportWorkerData {
  studyPath: string;
  options: ImportOptions;
  actor: string;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: Parameters<NonNullable<Parameters<typeof runImport>[2]['onProgress']>>[0] }
  | { type: 'done'; summary: Awaited<ReturnType<typeof runImport>> }
  | { type: 'failed'; error: ReturnType<typeof toErrorShape> };

async function main(): Promise<void> {
  if (!parentPort) throw new Error('import worker started outside a worker thread');
  const port = parentPort;
  const data = workerData as ImportWorkerData;
  const controller = new AbortController();
  port.on('message', (m: { type: string }) => {
    if (m.type === 'cancel') controller.abort();
  });
  let db;
  try {
    db = openStudyDb(data.studyPath);
    const summary = await runImport(db, data.options, {
      actor: data.actor,
      signal: controller.signal,
      onProgress: (progress) => port.postMessage({ type: 'progress', progress } satisfies ImportWorkerMessage),
    });
    port.postMessage({ type: 'done', summary } satisfies ImportWorkerMessage);
  } catch (err) {
    port.postMessage({ type: 'failed', error: toErrorShape(err) } satisfies ImportWorkerMessage);
  } finally {
    db?.close();
    port.close();
  }
}

void main();
