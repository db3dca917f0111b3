import { describe, expect, it } from 'vitest';

import type { NetworkView } from '../../../../shared/domain/network';
import { applyAppearance, communityColor, PALETTE } from './appearance';
import { canonicalGraph, deriveRenderGraph, kCoreNodes, largestComponentNodes, NO_FILTERS } from './graphModel';

function view(edges: Array<[string, string, number]>, isolated: string[] = [], directed = false): NetworkView {
  const ids = [...new Set([...edges.flatMap(([a, b]) => [a, b]), ...isolated])];
  return {
    networkId: 'n',
    summary: { directed } as NetworkView['summary'],
    nodes: ids.map((id, i) => ({ id, label: id.toUpperCase(), type: 'author', posts: i, degree: 0, weightedDegree: 0, pagerank: null, betweenness: null, community: id < 'd' ? 0 : 1 })),
    edges: edges.map(([a, b, w]) => [ids.indexOf(a), ids.indexOf(b), w]),
    selection: 'all',
    full: { nodes: ids.length, edges: edges.length },
    shown: { nodes: ids.length, edges: edges.length },
  };
}

// A triangle a-b-c (weights 3), a tail c-d (1), d-e (1), and a separate pair x-y (5).
const sample = view(
  [
    ['a', 'b', 3],
    ['b', 'c', 3],
    ['a', 'c', 3],
    ['c', 'd', 1],
    ['d', 'e', 1],
    ['x', 'y', 5],
  ],
  ['lonely'],
);

const ids = (g: { nodes(): string[] }) => g.nodes().sort();

describe('network view graph model', () => {
  it('builds the canonical graph with attributes, weights and starting positions', () => {
    const g = canonicalGraph(sample);
    expect(g.order).toBe(8);
    expect(g.size).toBe(6);
    expect(g.getEdgeAttribute(g.edge('x', 'y')!, 'weight')).toBe(5);
    expect(g.getNodeAttribute('a', 'label')).toBe('A');
    expect(Number.isFinite(g.getNodeAttribute('a', 'x'))).toBe(true);
    const kept = canonicalGraph(sample, new Map([['a', { x: 7, y: -7 }]]));
    expect(kept.getNodeAttributes('a')).toMatchObject({ x: 7, y: -7 });
  });

  it('filters by weight (dropping nodes left without edges), degree, k-core, component and community', () => {
    const g = canonicalGraph(sample);
    expect(ids(deriveRenderGraph(g, NO_FILTERS))).toEqual(['a', 'b', 'c', 'd', 'e', 'lonely', 'x', 'y']);
    expect(ids(deriveRenderGraph(g, { ...NO_FILTERS, minWeight: 3 }))).toEqual(['a', 'b', 'c', 'x', 'y']);
    expect(ids(deriveRenderGraph(g, { ...NO_FILTERS, minDegree: 2 }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(deriveRenderGraph(g, { ...NO_FILTERS, kCore: 2 }))).toEqual(['a', 'b', 'c']);
    expect(ids(deriveRenderGraph(g, { ...NO_FILTERS, largestComponent: true }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(deriveRenderGraph(g, { ...NO_FILTERS, community: 0 }))).toEqual(['a', 'b', 'c']);
    const strong = deriveRenderGraph(g, { ...NO_FILTERS, minWeight: 3 });
    expect(strong.size).toBe(4);
  });

  it('k-core and components work on plain adjacency', () => {
    const adj = new Map<string, Set<string>>([
      ['1', new Set(['2', '3'])],
      ['2', new Set(['1', '3'])],
      ['3', new Set(['1', '2', '4'])],
      ['4', new Set(['3'])],
      ['5', new Set()],
    ]);
    expect([...kCoreNodes(adj, 2)].sort()).toEqual(['1', '2', '3']);
    expect([...largestComponentNodes(adj)].sort()).toEqual(['1', '2', '3', '4']);
  });

  it('sizes nodes by the chosen metric and colours by community or type, without touching the canonical graph', () => {
    const g = canonicalGraph(sample);
    const render = deriveRenderGraph(g, NO_FILTERS);
    applyAppearance(render, 'posts', 'community');
    const sizes = render.nodes().map((n) => [render.getNodeAttribute(n, 'posts'), render.getNodeAttributes(n).size!] as const);
    const byPosts = [...sizes].sort((a, b) => a[0] - b[0]).map((s) => s[1]);
    expect(byPosts).toEqual([...byPosts].sort((a, b) => a - b));
    expect(render.getNodeAttributes('a').color).toBe(PALETTE[0]);
    expect(render.getNodeAttributes('x').color).toBe(PALETTE[1]);
    expect('size' in g.getNodeAttributes('a')).toBe(false);
    expect(communityColor(null)).toMatch(/^#/);
  });
});
