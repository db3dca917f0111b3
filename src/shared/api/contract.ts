/**
 * The single API contract. Electron IPC, the HTTP server and the CLI all dispatch to one
 * handler map typed by `Handlers`; a missing handler is a compile error.
 */
import type { z } from 'zod';

import { analysisSchemas, type AnalysisResults } from './analysisApi';
import { coreSchemas, type CoreResults } from './coreApi';
import type { ApiEvents, EventName } from './events';
import { networksSchemas, type NetworksResults } from './networksApi';

export const apiSchemas = { ...coreSchemas, ...analysisSchemas, ...networksSchemas };

export type Channel = keyof typeof apiSchemas;

/** Runtime allowlist used by the preload bridge and the HTTP server. */
export const API_CHANNELS: readonly Channel[] = Object.keys(apiSchemas) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(apiSchemas, value);
}

export type ApiResults = CoreResults & AnalysisResults & NetworksResults;

export type ArgsOf<K extends Channel> = z.input<(typeof apiSchemas)[K]>;
export type ParsedArgsOf<K extends Channel> = z.output<(typeof apiSchemas)[K]>;
export type ResultOf<K extends Channel> = K extends keyof ApiResults ? ApiResults[K] : never;

/** What the renderer (and tests) hold: one `call` and one `on`, whatever the transport. */
export interface ApiClient {
  call<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<ResultOf<K>>;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}
