/** The browser-workbench server's own guarantees: token, host check, static confinement, upload. */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp, type App } from '../../src/main/app/createApp';
import { startServer, type RunningServer } from '../../src/main/server/httpServer';
import { tempDir } from '../helpers/posts';

let app: App;
let server: RunningServer;
let staticRoot: string;

function rawGet(port: number, pathName: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathName, method: 'GET', headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  staticRoot = tempDir();
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(path.dirname(staticRoot), 'secret.txt'), 'secret');
  app = createApp({ transport: 'http', actor: 'test', dataDir: tempDir() });
  server = await startServer({ handlers: app.handlers, events: app.context.events, staticRoot });
});
afterAll(async () => {
  await server.close();
  await app.shutdown();
});

describe('workbench HTTP server', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`));
  });

  it('answers 401 to API calls without the right token', async () => {
    for (const auth of [undefined, 'Bearer wrong', `Bearer ${server.token}x`]) {
      const res = await fetch(`${server.apiBase}/call/app.info`, {
        method: 'POST',
        headers: auth ? { Authorization: auth } : {},
        body: '{}',
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect((await fetch(`${server.apiBase}/events`)).status).toBe(401);
    expect((await fetch(`${server.apiBase}/upload?name=x.csv`, { method: 'POST', body: 'a' })).status).toBe(401);
  });

  it('accepts the token and returns a Result envelope', async () => {
    const res = await fetch(`${server.apiBase}/call/app.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { transport: 'http', nativeDialogs: false } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect(await rawGet(server.port, '/', 'evil.example:80')).toBe(421);
    expect(await rawGet(server.port, '/', `127.0.0.1:${server.port}`)).toBe(200);
  });

  it('serves the UI with a CSP and never a file outside its folder', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await rawGet(server.port, '/../secret.txt', `127.0.0.1:${server.port}`)).not.toBe(200);
    expect(await rawGet(server.port, '/%2e%2e/secret.txt', `127.0.0.1:${server.port}`)).toBe(404);
    expect(await rawGet(server.port, '/..%2fsecret.txt', `127.0.0.1:${server.port}`)).toBe(403);
  });

  it('stores an upload in a private temp file and reports its size', async () => {
    const res = await fetch(`${server.apiBase}/upload?name=${encodeURIComponent('../../my data.csv')}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: 'a,b\n1,2\n',
    });
    const body = (await res.json()) as { ok: true; value: { path: string; name: string; size: number } };
    expect(body.value).toMatchObject({ name: 'my data.csv', size: 8 });
    expect(fs.readFileSync(body.value.path, 'utf8')).toBe('a,b\n1,2\n');
    expect(path.basename(body.value.path)).not.toContain('..');
  });
});
