import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Graph from 'graphology';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_NETWORK_OPTIONS, NETWORK_KINDS, type NetworkKind } from '../../../shared/domain/network';
import { buildNetwork } from './buildNetwork';
import { csvPairPaths, exportFormatOf, exportNetwork, exportNetworkContents } from './exportNetwork';
import type { NetworkData } from './networkData';
import { builtEdges } from './networkReference.testkit';
import { edgeCasePosts, makeStudy } from './networkStudy.testkit';
import { findAll, parseXml, type XmlElement } from './xmlReader.testkit';
import { XmlText } from './xmlText';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-net-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const study = makeStudy(edgeCasePosts());
afterAll(() => study.db.close());

const NASTY = 'A&B <i>"q"\' \u0000nul\u0001\u0008\u000B\u001F\uFFFE\uFFFF lone\uD800 \uDC00 tab\tnl\ncr\r 🎶';

/** A small network whose ids and labels hold everything case 33 lists. */
function nastyNetwork(): NetworkData {
  const base = buildNetwork(study.db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'author-hashtag', metrics: true, layout: true });
  const ids = [...base.ids];
  const labels = [...base.labels];
  ids[0] = 'dup\u0000';
  ids[1] = 'dup';
  ids[2] = '=HYPERLINK("x")';
  ids[3] = '-1';
  labels[0] = NASTY;
  labels[1] = '@SUM(A1)';
  labels[2] = '\n=1+2';
  return { ...base, ids, labels };
}

function gexfEdges(root: XmlElement): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of findAll(root, 'edge')) out.set(`${e.attrs.source}\t${e.attrs.target}`, Number(e.attrs.weight));
  return out;
}

function graphmlEdges(root: XmlElement): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of findAll(root, 'edge')) {
    const w = e.children.find((c) => c.name === 'data' && c.attrs.key === 'weight')!;
    out.set(`${e.attrs.source}\t${e.attrs.target}`, Number(w.text));
  }
  return out;
}

function directedKeys(net: NetworkData): Map<string, number> {
  return builtEdges(net.ids, net.edges, true);
}

describe('file formats', () => {
  it('picks the format from the extension and names the CSV pair', () => {
    expect(exportFormatOf('a/b.GEXF')).toBe('gexf');
    expect(exportFormatOf('x.graphml')).toBe('graphml');
    expect(exportFormatOf('x.json')).toBe('json');
    expect(exportFormatOf('x.csv')).toBe('csv');
    expect(() => exportFormatOf('x.txt')).toThrow(/\.gexf/);
    expect(csvPairPaths('/t/net.csv')).toEqual({ nodes: '/t/net-nodes.csv', edges: '/t/net-edges.csv' });
  });

  for (const kind of NETWORK_KINDS) {
    it(`${kind}: GEXF and GraphML parse back with every node, edge and weight`, async () => {
      const net = buildNetwork(study.db, { ...DEFAULT_NETWORK_OPTIONS, kind, metrics: true });
      await exportNetwork(net, path.join(dir, `${kind}.gexf`));
      await exportNetwork(net, path.join(dir, `${kind}.graphml`));
      const gexf = parseXml(fs.readFileSync(path.join(dir, `${kind}.gexf`), 'utf8'));
      expect(gexf.attrs.version).toBe('1.3');
      expect(gexf.attrs.xmlns).toBe('http://gexf.net/1.3');
      const graph = findAll(gexf, 'graph')[0]!;
      expect(graph.attrs.defaultedgetype).toBe(kind === 'mention' ? 'directed' : 'undirected');
      expect(findAll(gexf, 'node').map((n) => n.attrs.id)).toEqual(net.ids);
      expect(gexfEdges(gexf)).toEqual(directedKeys(net));
      const description = findAll(gexf, 'description')[0]!.text;
      expect(description).toContain(`"kind":"${kind}"`);
      expect(description).toContain('"minWeight":1');
      const attrIds = findAll(gexf, 'attribute').map((a) => a.attrs.id);
      expect(attrIds).toEqual(['type', 'posts', 'degree', 'weighted_degree', 'pagerank', 'betweenness', 'community']);

      const graphml = parseXml(fs.readFileSync(path.join(dir, `${kind}.graphml`), 'utf8'));
      expect(findAll(graphml, 'node').map((n) => n.attrs.id)).toEqual(net.ids);
      expect(graphmlEdges(graphml)).toEqual(directedKeys(net));
      const first = findAll(graphml, 'node')[0]!;
      const data = Object.fromEntries(first.children.map((c) => [c.attrs.key, c.text]));
      expect(data.label).toBe(net.labels[0]);
      expect(Number(data.posts)).toBe(net.posts[0]);
      expect(Number(data.weighted_degree)).toBe(net.weightedDegree[0]);
    });
  }

  it('graphology JSON loads with Graph.from and keeps attributes and weights', async () => {
    const net = buildNetwork(study.db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'mention', metrics: true, layout: true });
    const file = path.join(dir, 'mention.json');
    await exportNetwork(net, file);
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    const graph = Graph.from(parsed);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(net.ids.length);
    expect(graph.size).toBe(net.edges.src.length);
    for (let i = 0; i < net.edges.src.length; i++) {
      const key = graph.edge(net.ids[net.edges.src[i]!]!, net.ids[net.edges.dst[i]!]!)!;
      expect(graph.getEdgeAttribute(key, 'weight')).toBe(net.edges.weight[i]);
    }
    const a = graph.getNodeAttributes(net.ids[0]!);
    expect(a.label).toBe(net.labels[0]);
    expect(a.type).toBe('author');
    expect(typeof a.x).toBe('number');
    expect(parsed.attributes.tokscope.options.kind).toBe('mention');
  });

  it('CSV pair: Gephi headers, edges that match node ids, weights intact', async () => {
    const net = buildNetwork(study.db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'cohashtag' });
    const result = await exportNetwork(net, path.join(dir, 'co.csv'));
    expect(result.files.map((f) => path.basename(f))).toEqual(['co-nodes.csv', 'co-edges.csv']);
    expect(fs.existsSync(path.join(dir, 'co.csv'))).toBe(false);
    const nodes = Papa.parse<string[]>(fs.readFileSync(path.join(dir, 'co-nodes.csv'), 'utf8'), { skipEmptyLines: true }).data;
    const edges = Papa.parse<string[]>(fs.readFileSync(path.join(dir, 'co-edges.csv'), 'utf8'), { skipEmptyLines: true }).data;
    expect(nodes[0]).toEqual(['Id', 'Label', 'type', 'posts', 'degree', 'weighted_degree']);
    expect(edges[0]).toEqual(['Source', 'Target', 'Type', 'Weight']);
    expect(nodes.slice(1).map((r) => r[0])).toEqual(net.ids);
    const ids = new Set(nodes.slice(1).map((r) => r[0]));
    const fromCsv = new Map(edges.slice(1).map((r) => [`${r[0]}\t${r[1]}`, Number(r[3])]));
    expect(fromCsv).toEqual(directedKeys(net));
    for (const r of edges.slice(1)) {
      expect(ids.has(r[0]!) && ids.has(r[1]!)).toBe(true);
      expect(r[2]).toBe('Undirected');
    }
  });
});

describe('export safety (reliability case 33)', () => {
  it('control characters, NUL, U+FFFE and lone surrogates never break the XML, and are counted', async () => {
    const net = nastyNetwork();
    for (const ext of ['gexf', 'graphml']) {
      const file = path.join(dir, `nasty.${ext}`);
      const result = await exportNetwork(net, file);
      const root = parseXml(fs.readFileSync(file, 'utf8'));
      // NUL, U+0001, U+0008, U+000B, U+001F, U+FFFE, U+FFFF (and the NUL in the id) removed; 2 lone surrogates replaced.
      expect(result.removedCharacters).toBe(10);
      expect(result.warnings.join(' ')).toMatch(/removed or replaced/);
      const nodes = findAll(root, 'node');
      const ids = nodes.map((n) => n.attrs.id!);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.slice(0, 3)).toEqual(['dup', 'dup~2', '=HYPERLINK("x")']);
      const label = ext === 'gexf' ? nodes[0]!.attrs.label : nodes[0]!.children.find((c) => c.attrs.key === 'label')!.text;
      expect(label).toBe('A&B <i>"q"\' nul lone\uFFFD \uFFFD tab\tnl\ncr\r 🎶');
      expect(findAll(root, 'edge').length).toBe(net.edges.src.length);
    }
  });

  it('XmlText escapes markup and keeps astral characters as they are', () => {
    const xml = new XmlText();
    expect(xml.attr('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xml.text('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xml.text('🎶 東京')).toBe('🎶 東京');
    expect(xml.changed).toBe(0);
    expect(xml.text('\uDFFF\uD83C\uDFB6\uD83C')).toBe('\uFFFD🎶\uFFFD');
    expect(xml.changed).toBe(2);
  });

  it('CSV cells that a spreadsheet would run as formulas are prefixed and quoted, in both files', () => {
    const net = nastyNetwork();
    const out = exportNetworkContents(net, 'nasty.csv');
    const [nodes, edges] = out.contents.map((c) => c.content);
    expect(nodes).toContain(`"'=HYPERLINK(""x"")"`);
    expect(nodes).toContain(`"'-1"`);
    expect(nodes).toContain(`"'@SUM(A1)"`);
    expect(nodes).toContain(`"'\n=1+2"`);
    expect(edges).toContain(`"'=HYPERLINK(""x"")"`);
    // Numbers stay numbers.
    expect(nodes!.split('\r\n')[1]).toMatch(/,\d+,\d+,\d+/);
  });

  it('writes atomically: no temp files left, and a failed write leaves nothing behind', async () => {
    const net = buildNetwork(study.db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'sound' });
    const target = path.join(dir, 'atomic', 'net.gexf');
    await expect(exportNetwork(net, target)).rejects.toThrow();
    expect(fs.existsSync(path.dirname(target))).toBe(false);
    fs.mkdirSync(path.dirname(target));
    fs.writeFileSync(target, 'previous');
    await exportNetwork(net, target);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['net.gexf']);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^<\?xml/);
  });
});

/**
 * Optional conformance with networkx (Debian python3-networkx). networkx < 3.4 knows GEXF only up
 * to 1.2draft, so the 1.3 namespace is registered the way newer releases define it.
 */
const python = fs.existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
describe.skipIf(!python)('networkx reads the exports', () => {
  const script = `
import json, sys
import networkx as nx
from networkx.readwrite import gexf
if '1.3' not in gexf.GEXF.versions:
    d = dict(gexf.GEXF.versions['1.2draft'])
    d.update(NS_GEXF='http://gexf.net/1.3', NS_VIZ='http://gexf.net/1.3/viz', SCHEMALOCATION='http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd', VERSION='1.3')
    gexf.GEXF.versions['1.3'] = d
out = {}
for kind, path in [('graphml', sys.argv[1]), ('gexf', sys.argv[2])]:
    G = nx.read_graphml(path) if kind == 'graphml' else nx.read_gexf(path, version='1.3')
    out[kind] = {'directed': G.is_directed(), 'nodes': sorted(G.nodes()), 'edges': sorted(([a, b] if G.is_directed() else sorted([a, b])) + [d['weight']] for a, b, d in G.edges(data=True)),
                 'label0': G.nodes[sorted(G.nodes())[0]].get('label')}
print(json.dumps(out))
`;
  const cases: NetworkKind[] = ['mention', 'author-hashtag'];
  for (const kind of cases) {
    it(`${kind}: GraphML and GEXF 1.3 give the same nodes, edges and weights`, async () => {
      const net = kind === 'mention' ? buildNetwork(study.db, { ...DEFAULT_NETWORK_OPTIONS, kind, metrics: true, layout: true }) : nastyNetwork();
      const graphml = path.join(dir, `nx-${kind}.graphml`);
      const gexfFile = path.join(dir, `nx-${kind}.gexf`);
      await exportNetwork(net, graphml);
      await exportNetwork(net, gexfFile);
      const r = spawnSync('/usr/bin/python3', ['-c', script, graphml, gexfFile], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout);
      const xmlIds = findAll(parseXml(fs.readFileSync(graphml, 'utf8')), 'node').map((n) => n.attrs.id!);
      const expectedEdges = [...net.edges.src.keys()]
        .map((i) => {
          const [a, b] = [xmlIds[net.edges.src[i]!]!, xmlIds[net.edges.dst[i]!]!];
          return kind === 'mention' || a < b ? [a, b, net.edges.weight[i]] : [b, a, net.edges.weight[i]];
        })
        .sort();
      for (const format of ['graphml', 'gexf']) {
        expect(out[format].directed).toBe(kind === 'mention');
        expect(out[format].nodes).toEqual([...xmlIds].sort());
        expect(out[format].edges.map((e: unknown[]) => JSON.stringify(e)).sort()).toEqual(expectedEdges.map((e) => JSON.stringify(e)).sort());
      }
    });
  }
});
