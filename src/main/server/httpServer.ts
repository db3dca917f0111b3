/**
 * The browser workbench transport: the same handler map over HTTP on 127.0.0.1, guarded by a
 * per-run token. POST /api/call/<channel>, GET /api/events (server-sent events), POST /api/upload;
 * everything else serves the built renderer.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Result } from '../../shared/api/result';
import type { EventHub } from '../app/events';
import { dispatch } from '../handlers/dispatch';
import type { Handlers } from '../handlers/types';
import { serveStatic } from './staticFiles';
import { UploadStore } from './upload';

export interface ServerOptions {
  handlers: Handlers;
  events: EventHub;
  port?: number;
  /** Folder of the built renderer; null serves the API only. */
  staticRoot: string | null;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  apiBase: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MAX_JSON_BODY = 2 * 1024 * 1024;

const STATUS: Record<string, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  NO_STUDY: 409,
  CONFLICT: 409,
  UNREADABLE: 422,
  UNSUPPORTED: 501,
  CANCELLED: 409,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
};

function sendResult(res: http.ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : (STATUS[result.error.code] ?? 500);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(result));
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const uploads = new UploadStore();
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  const authorised = (req: http.IncomingMessage, url: URL): boolean => {
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : (url.searchParams.get('token') ?? '');
    const bytes = Buffer.from(given);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };
  // Only our own origin may talk to us: refuses DNS-rebinding hosts and cross-site pages.
  const trustedHost = (req: http.IncomingMessage): boolean => {
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!trustedHost(req)) {
        res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
        return;
      }
      if (!url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405).end();
          return;
        }
        if (options.staticRoot) serveStatic(options.staticRoot, url.pathname, res);
        else res.writeHead(404).end();
        return;
      }
      if (!authorised(req, url)) {
        sendResult(res, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong access token. Open the URL printed by `tokscope serve`.' } });
        return;
      }
      if (req.method === 'POST' && url.pathname.startsWith('/api/call/')) {
        let args: unknown;
        try {
          args = await readJson(req);
        } catch (err) {
          sendResult(res, { ok: false, error: { code: 'VALIDATION', message: `Request body is not valid JSON: ${(err as Error).message}` } });
          return;
        }
        const channel = decodeURIComponent(url.pathname.slice('/api/call/'.length));
        sendResult(res, await dispatch(options.handlers, channel, args));
        return;
      }
      if (req.method === 'GET' && url.pathname === '/api/events') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        sseClients.add(res);
        req.on('close', () => sseClients.delete(res));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/api/upload') {
        try {
          const value = await uploads.receive(req, url.searchParams.get('name') ?? 'upload');
          sendResult(res, { ok: true, value });
        } catch (err) {
          sendResult(res, { ok: false, error: { code: 'VALIDATION', message: `Upload failed: ${(err as Error).message}` } });
        }
        return;
      }
      sendResult(res, { ok: false, error: { code: 'NOT_FOUND', message: `No such endpoint: ${req.method} ${url.pathname}` } });
    })().catch((err: unknown) => {
      if (!res.headersSent) sendResult(res, { ok: false, error: { code: 'INTERNAL', message: String(err) } });
      else res.end();
    });
  });

  const unsubscribe = options.events.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const client of sseClients) client.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    url: `${base}/?token=${token}`,
    apiBase: `${base}/api`,
    token,
    port,
    close: async () => {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of sseClients) client.end();
      sseClients.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      uploads.cleanup();
    },
  };
}
