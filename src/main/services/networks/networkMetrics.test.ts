import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';

import { DEFAULT_NETWORK_OPTIONS } from '../../../shared/domain/network';
import { buildNetwork } from './buildNetwork';
import { degrees } from './degrees';
import type { Edges } from './edgeList';
import { computeMetrics } from './networkMetrics';
import { referenceNetwork } from './networkReference.testkit';
import { makeStudy, randomPosts } from './networkStudy.testkit';
import { sampledBetweenness, sampleSources } from './sampledBetweenness';
import { seededRandom } from './seededRandom';

function randomEdges(n: number, m: number, seed: number, directed: boolean): Edges {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const src: number[] = [];
  const dst: number[] = [];
  while (src.length < m) {
    let a = Math.floor(random() * n);
    let b = Math.floor(random() * n);
    if (a === b) continue;
    if (!directed && a > b) [a, b] = [b, a];
    if (seen.has(`${a},${b}`)) continue;
    seen.add(`${a},${b}`);
    src.push(a);
    dst.push(b);
  }
  return { src: Int32Array.from(src), dst: Int32Array.from(dst), weight: Float64Array.from(src, () => 1 + Math.floor(random() * 5)) };
}

function graphOf(n: number, e: Edges, directed: boolean): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let i = 0; i < e.src.length; i++) g.addEdge(String(e.src[i]), String(e.dst[i]), { weight: e.weight[i] });
  return g;
}

describe('betweenness', () => {
  for (const directed of [false, true]) {
    it(`Brandes from every source equals graphology-metrics (${directed ? 'directed' : 'undirected'})`, () => {
      const n = 60;
      const e = randomEdges(n, 150, directed ? 3 : 4, directed);
      const exact = betweennessCentrality(graphOf(n, e, directed), { getEdgeWeight: null, normalized: true });
      const ours = sampledBetweenness(n, e, directed, sampleSources(n, n, seededRandom(1)));
      for (let i = 0; i < n; i++) expect(ours[i]).toBeCloseTo(exact[String(i)]!, 10);
    });
  }

  it('a sample of sources estimates the ranking of central nodes', () => {
    const n = 300;
    const e = randomEdges(n, 900, 9, false);
    const exact = sampledBetweenness(n, e, false, sampleSources(n, n, seededRandom(1)));
    const approx = sampledBetweenness(n, e, false, sampleSources(n, 120, seededRandom(2)));
    const top = (v: Float64Array) => new Set([...v.keys()].sort((a, b) => v[b]! - v[a]!).slice(0, 10));
    const overlap = [...top(exact)].filter((x) => top(approx).has(x)).length;
    expect(overlap).toBeGreaterThanOrEqual(6);
  });

  it('says when betweenness is sampled', () => {
    const e = randomEdges(200, 600, 5, false);
    const m = computeMetrics(200, e, false, { resolution: 1, seed: 1, betweennessBudget: 10_000 });
    expect(m.info.betweenness.method).toBe('sampled');
    expect(m.info.betweenness.samples).toBeLessThan(200);
    expect(m.info.betweenness.note).toMatch(/approximate/);
  });
});

describe('metrics', () => {
  it('PageRank sums to 1; Louvain separates two cliques joined by one edge, numbered by size', () => {
    const src: number[] = [];
    const dst: number[] = [];
    const clique = (from: number, size: number) => {
      for (let a = from; a < from + size; a++) {
        for (let b = a + 1; b < from + size; b++) {
          src.push(a);
          dst.push(b);
        }
      }
    };
    clique(0, 5);
    clique(5, 7);
    src.push(4);
    dst.push(5);
    const e: Edges = { src: Int32Array.from(src), dst: Int32Array.from(dst), weight: new Float64Array(src.length).fill(1) };
    const m = computeMetrics(12, e, false, { resolution: 1, seed: 42 });
    expect(m.pagerank!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(m.info.communities!.count).toBe(2);
    expect(new Set(m.community!.slice(5))).toEqual(new Set([0]));
    expect(new Set(m.community!.slice(0, 5))).toEqual(new Set([1]));
    // The bridge nodes carry all shortest paths between the cliques.
    expect(m.betweenness![4]).toBeGreaterThan(m.betweenness![0]!);
    const fine = computeMetrics(12, e, false, { resolution: 5, seed: 42 });
    expect(fine.info.communities!.count).toBeGreaterThan(2);
  });

  it('is reproducible for the same seed', () => {
    const e = randomEdges(150, 500, 11, false);
    const a = computeMetrics(150, e, false, { resolution: 1, seed: 7 });
    const b = computeMetrics(150, e, false, { resolution: 1, seed: 7 });
    expect(a.community).toEqual(b.community);
  });

  it('degree counts a self-loop twice, as Gephi and networkx do', () => {
    const e: Edges = { src: Int32Array.from([0, 0]), dst: Int32Array.from([0, 1]), weight: Float64Array.from([2, 3]) };
    const d = degrees(2, e);
    expect([...d.degree]).toEqual([3, 1]);
    expect([...d.weightedDegree]).toEqual([7, 3]);
  });

  it('a built network carries degree and weighted degree matching the reference edges', () => {
    const posts = randomPosts(300, 3);
    const { db } = makeStudy(posts);
    const net = buildNetwork(db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'hashtag', metrics: true });
    const ref = referenceNetwork('hashtag', posts);
    const deg = new Map<string, number>();
    const wdeg = new Map<string, number>();
    for (const [k, w] of ref.edges) {
      for (const id of k.split('\t')) {
        deg.set(id, (deg.get(id) ?? 0) + 1);
        wdeg.set(id, (wdeg.get(id) ?? 0) + w);
      }
    }
    net.ids.forEach((id, i) => {
      expect(net.degree[i]).toBe(deg.get(id));
      expect(net.weightedDegree[i]).toBe(wdeg.get(id));
    });
    expect(net.summary.metrics!.columns).toEqual(['degree', 'weightedDegree', 'pagerank', 'community', 'betweenness']);
    expect(net.pagerank!.length).toBe(net.ids.length);
    db.close();
  });

  it('skips graph metrics above the size limit with a reason instead of running out of memory', async () => {
    const { METRICS_MAX_EDGES } = await import('./networkMetrics');
    const m = METRICS_MAX_EDGES + 1;
    const e: Edges = { src: new Int32Array(m), dst: new Int32Array(m).fill(1), weight: new Float64Array(m).fill(1) };
    const r = computeMetrics(2, e, false, { resolution: 1, seed: 1 });
    expect(r.pagerank).toBeNull();
    expect(r.info.skipped[0]).toMatch(/skipped/);
  });
});

describe('layout', () => {
  it('--layout gives every node a finite position', () => {
    const { db } = makeStudy(randomPosts(200, 5));
    const net = buildNetwork(db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'sound', layout: true });
    expect(net.layout).not.toBeNull();
    expect(net.summary.hasLayout).toBe(true);
    for (let i = 0; i < net.ids.length; i++) {
      expect(Number.isFinite(net.layout!.x[i])).toBe(true);
      expect(Number.isFinite(net.layout!.y[i])).toBe(true);
    }
    const again = buildNetwork(db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'sound', layout: true });
    expect(again.layout!.x).toEqual(net.layout!.x);
    db.close();
  });
});

describe('size limits', () => {
  it('a network above the metrics and layout limits is built without a graph object, with reasons', () => {
    // One sound shared by 2,600 authors: 3.4M edges, more than both limits.
    const posts = Array.from({ length: 2600 }, (_, i) => ({ id: String(10_000 + i), handle: `a${i}`, sound: 's' }));
    const { db } = makeStudy(posts);
    const started = performance.now();
    const net = buildNetwork(db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'sound', metrics: true, layout: true });
    const seconds = (performance.now() - started) / 1000;
    db.close();
    expect(net.summary.edges).toBe((2600 * 2599) / 2);
    expect(net.pagerank).toBeNull();
    expect(net.layout).toBeNull();
    expect(net.summary.warnings.join(' ')).toMatch(/Layout skipped/);
    expect(net.summary.metrics!.skipped[0]).toMatch(/skipped/);
    // A graphology graph of 3.4M edges alone would take well over 10 s.
    expect(seconds).toBeLessThan(10);
  });
});
