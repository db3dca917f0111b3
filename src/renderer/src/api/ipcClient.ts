import type { ArgsOf, Channel, ResultOf } from '../../../shared/api/contract';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import type { PreloadBridge } from '../../../preload/api';
import type { RendererApi } from './rendererApi';
import { unwrapResult } from './unwrap';

/** The desktop transport: the preload bridge carries Result envelopes over Electron IPC. */
export function createIpcClient(bridge: PreloadBridge): RendererApi {
  return {
    transport: 'electron',
    async call<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
      return unwrapResult<ResultOf<K>>(await bridge.call(channel, args));
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      return bridge.on(event, (payload) => listener(payload as ApiEvents[E]));
    },
    async fileSource(file: File) {
      // The desktop backend reads the file in place: no copy, no upload.
      return { path: bridge.pathForFile(file), name: file.name, size: file.size };
    },
    onReconnect() {
      // IPC does not drop events.
      return () => undefined;
    },
  };
}
