import type { ArgsOf, Channel, ResultOf } from '../../../shared/api/contract';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import { ApiError } from '../../../shared/api/result';
import { EventStream } from './eventStream';
import type { RendererApi } from './rendererApi';
import { unwrapResult } from './unwrap';
import { uploadFile } from './upload';

/** The browser-workbench transport: JSON over HTTP on 127.0.0.1, events over SSE, files uploaded. */
export function createHttpClient(token: string): RendererApi {
  const events = new EventStream(`/api/events?token=${encodeURIComponent(token)}`);
  return {
    transport: 'http',
    async call<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
      let response: Response;
      try {
        response = await fetch(`/api/call/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {}),
        });
      } catch {
        throw new ApiError(
          'INTERNAL',
          'Tokscope could not reach its workbench server. Check that `tokscope serve` is still running, then reload this page.',
        );
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        if (response.status === 401) throw unauthorized();
        throw new ApiError('INTERNAL', `The workbench server answered with status ${response.status} and no readable result.`);
      }
      return unwrapResult<ResultOf<K>>(body);
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      return events.on(event, (payload) => listener(payload as ApiEvents[E]));
    },
    fileSource(file: File, onProgress?: (fraction: number) => void) {
      return uploadFile(token, file, onProgress);
    },
    onReconnect(listener: () => void) {
      return events.onReconnect(listener);
    },
  };
}

function unauthorized(): ApiError {
  return new ApiError(
    'UNAUTHORIZED',
    'This page is not signed in to the workbench. Open it again with the link that `tokscope serve` printed.',
  );
}
