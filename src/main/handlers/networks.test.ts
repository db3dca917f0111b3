import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ApiEvents } from '../../shared/api/events';
import type { Result } from '../../shared/api/result';
import { DEFAULT_NETWORK_OPTIONS } from '../../shared/domain/network';
import { createApp, type App } from '../app/createApp';
import { openStudyDb } from '../db/connection';
import { buildNetwork } from '../services/networks/buildNetwork';
import { builtEdges } from '../services/networks/networkReference.testkit';
import { edgeCasePosts, makeStudy, randomPosts } from '../services/networks/networkStudy.testkit';
import { parseXml } from '../services/networks/xmlReader.testkit';
import { dispatch } from './dispatch';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-network-api-'));
const studyFile = path.join(dir, 'study.tokscope');
let app: App;
const events: Array<{ name: string; payload: unknown }> = [];

beforeAll(() => {
  makeStudy([...randomPosts(300, 4), ...edgeCasePosts().map((p) => ({ ...p, id: `9${p.id}` }))], studyFile).db.close();
  app = createApp({ transport: 'http', actor: 'test', dataDir: path.join(dir, 'home') });
  app.context.events.subscribe((name, payload) => events.push({ name, payload }));
});
afterAll(async () => {
  await app.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, args: unknown): Promise<T> {
  const r = (await dispatch(app.handlers, channel, args)) as Result<T>;
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value;
}

function waitFor<E extends keyof ApiEvents>(name: E, jobId: string): Promise<ApiEvents[E]> {
  return new Promise((resolve) => {
    const off = app.context.events.subscribe((event, payload) => {
      if ((event as string) === name && (payload as { jobId: string }).jobId === jobId) {
        off();
        resolve(payload as ApiEvents[E]);
      }
    });
  });
}

async function buildAndWait(args: Record<string, unknown>) {
  const { jobId } = await call<{ jobId: string }>('networks.build', args);
  const done = await Promise.race([waitFor('network.done', jobId), waitFor('network.failed', jobId).then((f) => Promise.reject(new Error(f.message)))]);
  return done as ApiEvents['network.done'];
}

describe('network calls', () => {
  it('refuse to build without an open study', async () => {
    await expect(call('networks.build', { kind: 'sound' })).rejects.toMatchObject({ code: 'NO_STUDY' });
  });

  it('validate their arguments', async () => {
    await expect(call('networks.build', { kind: 'likes' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(call('networks.build', { kind: 'sound', backbone: 2 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(call('networks.build', { kind: 'sound', extra: 1 })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('build in a worker, report progress, and serve the same network the builder makes', async () => {
    app.context.session.open(studyFile, 'test');
    const done = await buildAndWait({ kind: 'hashtag', maxGroup: 20, metrics: true, filter: { from: '2023-11-14' } });
    const progress = events.filter((e) => e.name === 'network.progress' && (e.payload as { jobId: string }).jobId === done.jobId);
    expect(progress.length).toBeGreaterThan(1);
    expect(done.summary.options).toMatchObject({ kind: 'hashtag', maxGroup: 20, metrics: true, layout: false });

    const view = await call<import('../../shared/domain/network').NetworkView>('networks.view', { networkId: done.networkId });
    const db = openStudyDb(studyFile, { readonly: true });
    const direct = buildNetwork(db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'hashtag', maxGroup: 20, metrics: true, filter: { from: '2023-11-14' } });
    db.close();
    expect(view.selection).toBe('all');
    expect(view.nodes.map((n) => n.id)).toEqual(direct.ids);
    const viewEdges = {
      src: Int32Array.from(view.edges, (e) => e[0]),
      dst: Int32Array.from(view.edges, (e) => e[1]),
      weight: Float64Array.from(view.edges, (e) => e[2]),
    };
    expect(builtEdges(view.nodes.map((n) => n.id), viewEdges, false)).toEqual(builtEdges(direct.ids, direct.edges, false));
    expect(view.nodes[0]!.community).not.toBeNull();

    const capped = await call<import('../../shared/domain/network').NetworkView>('networks.view', { networkId: done.networkId, maxEdges: 10 });
    expect(capped.selection).toBe('top-weight');
    expect(capped.shown.edges).toBe(10);
    expect(capped.full.edges).toBe(direct.edges.src.length);
  });

  it('give a node’s details and posts, and export the full network as a download or a file', async () => {
    const done = await buildAndWait({ kind: 'mention' });
    const details = await call<import('../../shared/domain/network').NetworkNodeDetails>('networks.node', { networkId: done.networkId, nodeId: 'bob', limit: 5 });
    expect(details.node.id).toBe('bob');
    expect(details.totalPosts).toBeGreaterThanOrEqual(3);
    expect(details.posts.length).toBeLessThanOrEqual(5);
    expect(details.neighbours.map((n) => n.id)).toContain('alice');

    const download = await call<{ contents: Array<{ name: string; content: string }> }>('networks.export', {
      networkId: done.networkId,
      format: 'gexf',
      positions: { bob: [1.5, -2] },
    });
    expect(download.contents[0]!.name).toBe('tokscope-mention-network.gexf');
    const gexf = download.contents[0]!.content;
    parseXml(gexf);
    expect(gexf).toContain('<viz:position x="1.5" y="-2" z="0"/>');

    const file = path.join(dir, 'mention.graphml');
    const written = await call<{ files: string[] }>('networks.export', { networkId: done.networkId, format: 'graphml', path: file });
    expect(written.files).toEqual([file]);
    parseXml(fs.readFileSync(file, 'utf8'));
    await expect(call('networks.export', { networkId: done.networkId, format: 'gexf', path: path.join(dir, 'x.graphml') })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const audit = await call<Array<{ action: string }>>('study.audit', { limit: 5 });
    expect(audit.map((a) => a.action)).toContain('network.export');
  });

  it('forget networks of another study and report unknown ids', async () => {
    const done = await buildAndWait({ kind: 'sound' });
    await expect(call('networks.view', { networkId: 'network-nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = path.join(dir, 'other.tokscope');
    makeStudy(randomPosts(20, 1), other).db.close();
    app.context.session.open(other, 'test');
    await expect(call('networks.view', { networkId: done.networkId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    app.context.session.open(studyFile, 'test');
    await expect(call('networks.view', { networkId: done.networkId })).resolves.toBeTruthy();
  });

  it('write very large networks to a path instead of sending them as a download', async () => {
    const big = path.join(dir, 'big.tokscope');
    makeStudy(Array.from({ length: 1500 }, (_, i) => ({ id: String(50_000 + i), handle: `a${i}`, sound: 's' })), big).db.close();
    app.context.session.open(big, 'test');
    const done = await buildAndWait({ kind: 'sound', metrics: false });
    expect(done.summary.edges).toBe((1500 * 1499) / 2);
    await expect(call('networks.export', { networkId: done.networkId, format: 'csv' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const r = await call<{ files: string[] }>('networks.export', { networkId: done.networkId, format: 'csv', path: path.join(dir, 'big.csv') });
    expect(r.files.map((f) => path.basename(f))).toEqual(['big-nodes.csv', 'big-edges.csv']);
    expect(fs.statSync(r.files[1]!).size).toBeGreaterThan(10_000_000);
    app.context.session.open(studyFile, 'test');
  });

  it('cancel a running build', async () => {
    const { jobId } = await call<{ jobId: string }>('networks.build', { kind: 'hashtag' });
    const failed = waitFor('network.failed', jobId);
    const r = await call<{ cancelled: boolean }>('networks.cancel', { jobId });
    expect(r.cancelled).toBe(true);
    expect((await failed).code).toBe('CANCELLED');
    expect((await call<{ cancelled: boolean }>('networks.cancel', { jobId })).cancelled).toBe(false);
  });

  it('queue builds in one warm worker; a waiting build can be cancelled and the rest still finish', async () => {
    const first = await call<{ jobId: string }>('networks.build', { kind: 'cohashtag' });
    const second = await call<{ jobId: string }>('networks.build', { kind: 'sound' });
    const third = await call<{ jobId: string }>('networks.build', { kind: 'mention' });
    const firstDone = waitFor('network.done', first.jobId);
    const thirdDone = waitFor('network.done', third.jobId);
    const secondFailed = waitFor('network.failed', second.jobId);
    expect((await call<{ cancelled: boolean }>('networks.cancel', { jobId: second.jobId })).cancelled).toBe(true);
    expect((await secondFailed).code).toBe('CANCELLED');
    expect((await firstDone).summary.kind).toBe('cohashtag');
    expect((await thirdDone).summary.kind).toBe('mention');
    await expect(call('networks.view', { networkId: second.jobId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
