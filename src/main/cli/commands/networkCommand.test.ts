import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../../test/helpers/cli';
import { builtEdges, referenceNetwork } from '../../services/networks/networkReference.testkit';
import { makeStudy, randomPosts } from '../../services/networks/networkStudy.testkit';
import { findAll, parseXml } from '../../services/networks/xmlReader.testkit';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-network-cli-'));
const study = path.join(dir, 'study.tokscope');
const posts = randomPosts(300, 11);

beforeAll(() => makeStudy(posts, study).db.close());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('tokscope network', () => {
  it('--json prints the contract keys and writes the GEXF the extension asks for', async () => {
    const out = path.join(dir, 'sound.gexf');
    const r = await runCli(['network', 'sound', '--study', study, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(Object.keys(summary).slice(0, 6)).toEqual(['kind', 'nodes', 'edges', 'totalWeight', 'ignoredGroups', 'seconds']);
    const ref = referenceNetwork('sound', posts);
    expect(summary).toMatchObject({ kind: 'sound', edges: ref.edges.size, ignoredGroups: 0 });
    expect(summary.totalWeight).toBe([...ref.edges.values()].reduce((a, b) => a + b, 0));
    const root = parseXml(fs.readFileSync(out, 'utf8'));
    const ids = findAll(root, 'node').map((n) => n.attrs.id!);
    const edges = findAll(root, 'edge');
    const fromFile = builtEdges(
      ids,
      {
        src: Int32Array.from(edges, (e) => ids.indexOf(e.attrs.source!)),
        dst: Int32Array.from(edges, (e) => ids.indexOf(e.attrs.target!)),
        weight: Float64Array.from(edges, (e) => Number(e.attrs.weight)),
      },
      false,
    );
    expect(fromFile).toEqual(ref.edges);
  });

  it('applies --min-weight, --max-group, --backbone and the shared filter flags, and records them', async () => {
    const out = path.join(dir, 'hashtag.graphml');
    const r = await runCli([
      'network', 'hashtag', '--study', study, '--out', out, '--json',
      '--min-weight', '2', '--max-group', '10', '--backbone', '0.3', '--from', '2023-11-15', '--author', 'User1,user2,user3,user4,user5,user6',
    ]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.options).toMatchObject({ minWeight: 2, maxGroup: 10, backbone: 0.3, filter: { from: '2023-11-15' } });
    expect(summary.options.filter.authors).toHaveLength(6);
    const graphml = fs.readFileSync(out, 'utf8');
    parseXml(graphml);
    expect(graphml).toContain('"maxGroup":10');
  });

  it('writes the CSV pair, graphology JSON and metrics/layout columns', async () => {
    const r = await runCli(['network', 'mention', '--study', study, '--out', path.join(dir, 'm.csv'), '--metrics', '--layout', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.files.map((f: string) => path.basename(f))).toEqual(['m-nodes.csv', 'm-edges.csv']);
    const header = fs.readFileSync(path.join(dir, 'm-nodes.csv'), 'utf8').split('\r\n')[0];
    expect(header).toBe('Id,Label,type,posts,degree,weighted_degree,pagerank,betweenness,community,x,y');
    const j = await runCli(['network', 'author-sound', '--study', study, '--out', path.join(dir, 'b.json')]);
    expect(j.code).toBe(0);
    expect(j.stdout).toBe('');
    expect(j.stderr).toMatch(/author-sound network: \d+ nodes/);
    const graph = JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'));
    expect(graph.options.type).toBe('undirected');
    expect(new Set(graph.nodes.map((n: { attributes: { type: string } }) => n.attributes.type))).toEqual(new Set(['author', 'sound']));
  });

  it('rejects an unknown kind, an unknown extension and a bad alpha with exit code 1', async () => {
    for (const args of [
      ['network', 'likes', '--study', study, '--out', path.join(dir, 'x.gexf')],
      ['network', 'sound', '--study', study, '--out', path.join(dir, 'x.txt')],
      ['network', 'sound', '--study', study, '--out', path.join(dir, 'x.gexf'), '--backbone', '1.5'],
      ['network', 'sound', '--study', study, '--out', path.join(dir, 'x.gexf'), '--min-weight', 'two'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    expect(fs.existsSync(path.join(dir, 'x.gexf'))).toBe(false);
  });
});
