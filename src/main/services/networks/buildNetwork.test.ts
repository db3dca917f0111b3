import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_NETWORK_OPTIONS, NETWORK_KINDS, type NetworkKind, type NetworkOptions } from '../../../shared/domain/network';
import { buildNetwork } from './buildNetwork';
import { builtEdges, refAuthor, referenceNetwork, refNodes, type RefOptions } from './networkReference.testkit';
import { edgeCasePosts, makeStudy, randomPosts, type RawPost, type TestStudy } from './networkStudy.testkit';

const studies: Array<{ name: string; posts: RawPost[]; study: TestStudy }> = [
  { name: 'edge cases', posts: edgeCasePosts() },
  { name: 'random 400 (seed 1)', posts: randomPosts(400, 1) },
  { name: 'random 250 (seed 7)', posts: randomPosts(250, 7) },
].map((s) => ({ ...s, study: makeStudy(s.posts) }));

afterAll(() => studies.forEach((s) => s.study.db.close()));

function build(study: TestStudy, kind: NetworkKind, options: Partial<NetworkOptions> = {}) {
  return buildNetwork(study.db, { ...DEFAULT_NETWORK_OPTIONS, kind, ...options });
}

const variants: Array<{ label: string; options: Partial<NetworkOptions> & RefOptions }> = [
  { label: 'defaults', options: {} },
  { label: 'min weight 2', options: { minWeight: 2 } },
  { label: 'max group 3', options: { maxGroup: 3 } },
  { label: 'max group 5, min weight 2, no self-loops', options: { maxGroup: 5, minWeight: 2, selfLoops: false } },
];

describe('every kind matches the nested-loop reference', () => {
  for (const s of studies) {
    for (const kind of NETWORK_KINDS) {
      for (const v of variants) {
        it(`${kind} · ${s.name} · ${v.label}`, () => {
          const net = build(s.study, kind, v.options);
          const ref = referenceNetwork(kind, s.posts, v.options);
          expect(builtEdges(net.ids, net.edges, ref.directed)).toEqual(ref.edges);
          expect(new Set(net.ids)).toEqual(refNodes(ref));
          expect(net.summary.ignoredGroups).toBe(ref.ignoredGroups);
          expect(net.summary.edges).toBe(ref.edges.size);
          expect(net.summary.totalWeight).toBe([...ref.edges.values()].reduce((a, b) => a + b, 0));
          expect(net.summary.directed).toBe(kind === 'mention');
        });
      }
    }
  }
});

describe('edge cases', () => {
  const s = studies[0]!;

  it('counts an author who used one sound many times once (sound) and per post (author-sound)', () => {
    const sound = build(s.study, 'sound');
    const edges = builtEdges(sound.ids, sound.edges, false);
    // alice (3 posts), bob and the orphan post share s1; the author-less post adds nobody.
    expect(edges.get('alice\tbob')).toBe(1);
    const bipartite = build(s.study, 'author-sound');
    expect(builtEdges(bipartite.ids, bipartite.edges, false).get('alice\ts1')).toBe(3);
  });

  it('merges case and Unicode variants of a hashtag and collapses repeats within a post', () => {
    const net = build(s.study, 'author-hashtag');
    const edges = builtEdges(net.ids, net.edges, false);
    // Post 1 has Café and CAFÉ (one tag), post 2 has the decomposed spelling: 2 posts.
    expect(edges.get('alice\tcafé')).toBe(2);
    expect(net.ids).toContain('straße');
    expect(net.ids).not.toContain('cafe\u0301');
  });

  it('keeps self-mentions as self-loops unless asked not to, and counts them', () => {
    const withLoops = build(s.study, 'mention');
    const edges = builtEdges(withLoops.ids, withLoops.edges, true);
    expect(edges.get('bob\tbob')).toBe(1);
    expect(edges.get('carol\talice')).toBe(1);
    expect(withLoops.summary.counts.selfLoops).toBe(3);
    const without = build(s.study, 'mention', { selfLoops: false });
    expect(builtEdges(without.ids, without.edges, true).has('bob\tbob')).toBe(false);
    expect(without.summary.counts.selfLoops).toBe(3);
    expect(without.ids).toContain('dave_never_posts');
  });

  it('names authors without a handle by platform id and keeps a bipartite hashtag that equals a handle distinct', () => {
    const sound = build(s.study, 'sound');
    expect(sound.ids).toContain('6800000000000000001');
    const net = build(s.study, 'author-hashtag');
    expect(net.ids).toContain('alice');
    expect(net.ids).toContain('#alice');
    expect(net.summary.counts.renamedIds).toBe(1);
    expect(net.labels[net.ids.indexOf('#alice')]).toBe('#alice');
  });

  it('labels carry display names, original hashtag spellings and sound titles', () => {
    const bipartite = build(s.study, 'author-sound');
    expect(bipartite.labels[bipartite.ids.indexOf('s1')]).toBe('Song & "One"');
    expect(bipartite.labels[bipartite.ids.indexOf('bob')]).toContain('Builder');
    const co = build(s.study, 'cohashtag');
    expect(co.labels[co.ids.indexOf('café')]).toBe('#Café');
  });

  it('leaves isolated nodes out unless asked, and says how many', () => {
    const net = build(s.study, 'sound', { minWeight: 2 });
    const all = build(s.study, 'sound', { minWeight: 2, includeIsolated: true });
    expect(net.summary.counts.isolatedOmitted).toBeGreaterThan(0);
    expect(all.summary.nodes).toBe(net.summary.nodes + net.summary.counts.isolatedOmitted);
    const withSound = new Set(s.posts.filter((p) => p.sound).map(refAuthor).filter((a): a is string => a !== null));
    expect(new Set(all.ids)).toEqual(withSound);
    expect(all.summary.edges).toBe(net.summary.edges);
  });

  it('reports the ignored groups by id, largest first', () => {
    const net = build(s.study, 'hashtag', { maxGroup: 2 });
    expect(net.summary.ignoredExamples[0]).toEqual({ id: 'fyp', authors: 4 });
  });
});

describe('filters', () => {
  const s = studies[1]!;
  const cases: Array<{ label: string; filter: NetworkOptions['filter']; keep: (p: RawPost) => boolean }> = [
    { label: 'dataset', filter: { datasetIds: [s.study.datasetIds[1]] }, keep: (p) => (p.dataset ?? 0) === 1 },
    {
      label: 'date range',
      filter: { from: new Date(1_700_100_000 * 1000).toISOString(), to: new Date(1_700_900_000 * 1000).toISOString() },
      keep: (p) => p.time! >= 1_700_100_000 && p.time! <= 1_700_900_000,
    },
    { label: 'authors', filter: { authors: ['User1', 'user2', '@USER3'] }, keep: (p) => ['user1', 'user2', 'user3'].includes(refAuthor(p) ?? '') },
    { label: 'hashtags', filter: { hashtags: ['#TAG1', 'tag2'] }, keep: (p) => (p.tags ?? []).some((t) => ['tag1', 'tag2'].includes(t.toLowerCase())) },
    { label: 'sounds', filter: { sounds: ['770', '771'] }, keep: (p) => p.sound === '770' || p.sound === '771' },
  ];
  for (const c of cases) {
    for (const kind of ['sound', 'hashtag', 'mention', 'cohashtag'] as const) {
      it(`${kind} with a ${c.label} filter equals the reference on the same posts`, () => {
        const net = build(s.study, kind, { filter: c.filter });
        const subset = s.posts.filter(c.keep);
        expect(subset.length).toBeGreaterThan(0);
        expect(net.summary.counts.posts).toBe(subset.length);
        const ref = referenceNetwork(kind, subset);
        expect(builtEdges(net.ids, net.edges, ref.directed)).toEqual(ref.edges);
      });
    }
  }
});

describe('backbone', () => {
  function refBackbone(edges: Map<string, number>, directed: boolean, alpha: number): Map<string, number> {
    const out = new Map<string, { s: number; k: number }>();
    const inn = new Map<string, { s: number; k: number }>();
    const bump = (m: Map<string, { s: number; k: number }>, id: string, w: number) => {
      const e = m.get(id) ?? { s: 0, k: 0 };
      e.s += w;
      e.k += 1;
      m.set(id, e);
    };
    for (const [key, w] of edges) {
      const [a, b] = key.split('\t') as [string, string];
      bump(out, a, w);
      bump(directed ? inn : out, b, w);
    }
    const sig = (w: number, e: { s: number; k: number }) => (e.k > 1 ? Math.pow(1 - w / e.s, e.k - 1) : 1) < alpha;
    const kept = new Map<string, number>();
    for (const [key, w] of edges) {
      const [a, b] = key.split('\t') as [string, string];
      if (sig(w, out.get(a)!) || sig(w, (directed ? inn : out).get(b)!)) kept.set(key, w);
    }
    return kept;
  }

  for (const kind of ['sound', 'hashtag', 'mention', 'cohashtag', 'author-hashtag'] as const) {
    for (const alpha of [0.05, 0.3]) {
      it(`${kind} at alpha ${alpha} keeps exactly the significant edges`, () => {
        const s = studies[1]!;
        const net = build(s.study, kind, { backbone: alpha, minWeight: 1 });
        const ref = referenceNetwork(kind, s.posts);
        const expected = refBackbone(ref.edges, ref.directed, alpha);
        expect(builtEdges(net.ids, net.edges, ref.directed)).toEqual(expected);
        expect(net.summary.counts.removedByBackbone).toBe(ref.edges.size - expected.size);
      });
    }
  }
});

describe('summary', () => {
  it('records every option and the counts', () => {
    const s = studies[1]!;
    const options = { minWeight: 2, maxGroup: 10, backbone: 0.2, filter: { datasetIds: [s.study.datasetIds[0]] } };
    const net = build(s.study, 'hashtag', options);
    expect(net.summary.options).toEqual({ ...DEFAULT_NETWORK_OPTIONS, kind: 'hashtag', ...options });
    const c = net.summary.counts;
    expect(c.candidateEdges - c.belowMinWeight - c.removedByBackbone).toBe(net.summary.edges);
    expect(net.summary.seconds).toBeGreaterThanOrEqual(0);
  });

  it('an empty filter result gives an empty network, not an error', () => {
    const net = build(studies[1]!.study, 'sound', { filter: { authors: ['nobody-here'] } });
    expect(net.summary.nodes).toBe(0);
    expect(net.summary.edges).toBe(0);
  });
});
