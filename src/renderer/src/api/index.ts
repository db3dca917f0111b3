import { createHttpClient } from './httpClient';
import { createIpcClient } from './ipcClient';
import type { RendererApi } from './rendererApi';
import { takeSessionToken } from './token';

export type { FileSource, RendererApi } from './rendererApi';

let api: RendererApi | undefined;

/** The one place that picks the transport: Electron's preload bridge when present, else HTTP. */
export function getApi(): RendererApi {
  if (!api) api = window.tokscope ? createIpcClient(window.tokscope) : createHttpClient(takeSessionToken());
  return api;
}
