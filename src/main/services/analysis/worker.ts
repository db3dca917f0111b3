/**
 * Worker-thread entry for analysis: it keeps its own connection to the open study and the
 * in-memory frame, so loading a million posts never blocks the process that serves the UI.
 * Requests are answered in order: { id, studyPath, channel, args } → { id, ok, value | error }.
 */
import { parentPort } from 'node:worker_threads';

import { toErrorShape } from '../../../shared/api/result';
import { openStudyDb, type Db } from '../../db/connection';
import { runAnalysisCall, type AnalysisChannel } from './calls';

export interface AnalysisRequest {
  id: number;
  studyPath: string;
  channel: AnalysisChannel;
  args: unknown;
}

export type AnalysisResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ReturnType<typeof toErrorShape> };

let open: { path: string; db: Db } | null = null;

function studyDb(studyPath: string): Db {
  if (open?.path !== studyPath) {
    open?.db.close();
    open = { path: studyPath, db: openStudyDb(studyPath, { readonly: true }) };
  }
  return open.db;
}

if (!parentPort) throw new Error('analysis worker started outside a worker thread');
const port = parentPort;
port.on('message', (request: AnalysisRequest | { type: 'close' }) => {
  if ('type' in request) {
    open?.db.close();
    open = null;
    port.close();
    return;
  }
  let response: AnalysisResponse;
  try {
    const value = runAnalysisCall(studyDb(request.studyPath), request.channel, request.args as never);
    response = { id: request.id, ok: true, value };
  } catch (err) {
    response = { id: request.id, ok: false, error: toErrorShape(err) };
  }
  port.postMessage(response);
});
