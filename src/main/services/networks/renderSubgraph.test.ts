import { describe, expect, it } from 'vitest';

import { DEFAULT_NETWORK_OPTIONS } from '../../../shared/domain/network';
import { buildNetwork } from './buildNetwork';
import { makeStudy, randomPosts } from './networkStudy.testkit';
import { renderSubgraph } from './renderSubgraph';

describe('render subgraph', () => {
  const { db } = makeStudy(randomPosts(400, 2));
  const net = buildNetwork(db, { ...DEFAULT_NETWORK_OPTIONS, kind: 'hashtag', metrics: true });
  db.close();

  it('shows everything when the network fits', () => {
    const view = renderSubgraph(net, 'n1');
    expect(view.selection).toBe('all');
    expect(view.shown).toEqual(view.full);
    expect(view.nodes.map((n) => n.id)).toEqual(net.ids);
    expect(view.nodes[0]!.pagerank).toBeCloseTo(net.pagerank![0]!, 12);
  });

  it('keeps the heaviest edges within the caps and says how many it shows', () => {
    const view = renderSubgraph(net, 'n1', { maxEdges: 40, maxNodes: 25 });
    expect(view.selection).toBe('top-weight');
    expect(view.full).toEqual({ nodes: net.ids.length, edges: net.edges.src.length });
    expect(view.shown.edges).toBeLessThanOrEqual(40);
    expect(view.shown.nodes).toBeLessThanOrEqual(25);
    expect(view.edges).toHaveLength(view.shown.edges);
    const weights = [...net.edges.weight].sort((a, b) => b - a);
    // The heaviest edge of the network is always shown; every shown edge exists in the network.
    expect(Math.max(...view.edges.map((e) => e[2]))).toBe(weights[0]);
    const exists = new Set([...net.edges.src.keys()].map((i) => `${net.ids[net.edges.src[i]!]}\t${net.ids[net.edges.dst[i]!]}\t${net.edges.weight[i]}`));
    for (const [s, t, w] of view.edges) expect(exists.has(`${view.nodes[s]!.id}\t${view.nodes[t]!.id}\t${w}`)).toBe(true);
    // Edges are taken heaviest first: nothing left out is heavier than the lightest shown edge, unless the node cap blocked it.
    const minShown = Math.min(...view.edges.map((e) => e[2]));
    expect(minShown).toBeGreaterThanOrEqual(1);
  });
});
