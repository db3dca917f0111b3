/**
 * Two ApiClients over the same handler map: in-process (dispatch) and HTTP (the real server on
 * 127.0.0.1). The contract suite runs against both to prove the transports behave the same.
 */
import type { ApiEvents, EventName } from '../../src/shared/api/events';
import type { ApiClient, ArgsOf, Channel, ResultOf } from '../../src/shared/api/contract';
import { ApiError, type Result } from '../../src/shared/api/result';
import { createApp, type App } from '../../src/main/app/createApp';
import { dispatch } from '../../src/main/handlers/dispatch';
import { startServer, type RunningServer } from '../../src/main/server/httpServer';
import { tempDir } from './posts';

export interface Harness {
  name: string;
  app: App;
  client: ApiClient;
  server?: RunningServer;
  close(): Promise<void>;
}

function unwrap<T>(r: Result<unknown>): T {
  if (r.ok) return r.value as T;
  throw new ApiError(r.error.code, r.error.message, r.error.details);
}

export async function inProcessHarness(): Promise<Harness> {
  const app = createApp({ transport: 'http', actor: 'test', dataDir: tempDir('tokscope-home-') });
  const client: ApiClient = {
    call: async <K extends Channel>(channel: K, args: ArgsOf<K>) => unwrap<ResultOf<K>>(await dispatch(app.handlers, channel, args)),
    on: <E extends EventName>(event: E, listener: (p: ApiEvents[E]) => void) =>
      app.context.events.subscribe((name, payload) => {
        if ((name as string) === event) listener(payload as ApiEvents[E]);
      }),
  };
  return { name: 'in-process', app, client, close: () => app.shutdown() };
}

/** Reads server-sent events with fetch (Node has no EventSource). */
function subscribeSse(server: RunningServer, onEvent: (name: string, data: unknown) => void): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const res = await fetch(`${server.apiBase}/events?token=${server.token}`, { signal: controller.signal });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const name = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (name && data) onEvent(name, JSON.parse(data));
        }
      }
    } catch {
      // aborted
    }
  })();
  return () => controller.abort();
}

export async function httpHarness(): Promise<Harness> {
  const app = createApp({ transport: 'http', actor: 'test', dataDir: tempDir('tokscope-home-') });
  const server = await startServer({ handlers: app.handlers, events: app.context.events, staticRoot: null });
  const listeners = new Set<(name: string, data: unknown) => void>();
  const stopSse = subscribeSse(server, (name, data) => listeners.forEach((l) => l(name, data)));
  await new Promise((r) => setTimeout(r, 50));
  const client: ApiClient = {
    call: async <K extends Channel>(channel: K, args: ArgsOf<K>) => {
      const res = await fetch(`${server.apiBase}/call/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
      return unwrap<ResultOf<K>>((await res.json()) as Result<unknown>);
    },
    on: <E extends EventName>(event: E, listener: (p: ApiEvents[E]) => void) => {
      const l = (name: string, data: unknown) => {
        if (name === event) listener(data as ApiEvents[E]);
      };
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    name: 'http',
    app,
    client,
    server,
    close: async () => {
      stopSse();
      await server.close();
      await app.shutdown();
    },
  };
}

/** Starts an import and resolves with its summary (or rejects with its failure). */
export async function importAndWait(client: ApiClient, args: ArgsOf<'import.start'>): Promise<ApiEvents['import.done']['summary']> {
  const finished = new Map<string, { summary?: ApiEvents['import.done']['summary']; error?: ApiError }>();
  let wanted: string | null = null;
  let settle: (() => void) | null = null;
  const offDone = client.on('import.done', (e) => {
    finished.set(e.jobId, { summary: e.summary });
    if (e.jobId === wanted) settle?.();
  });
  const offFail = client.on('import.failed', (e) => {
    finished.set(e.jobId, { error: new ApiError(e.code as never, e.message) });
    if (e.jobId === wanted) settle?.();
  });
  try {
    const { jobId } = await client.call('import.start', args);
    wanted = jobId;
    if (!finished.has(jobId)) await new Promise<void>((resolve) => (settle = resolve));
    const outcome = finished.get(jobId)!;
    if (outcome.error) throw outcome.error;
    return outcome.summary!;
  } finally {
    offDone();
    offFail();
  }
}
