/**
 * Appearance of the render graph: node size by a metric, colour by community or by type, edge
 * thickness by weight. Values are computed from the data each time (never stored back into it).
 */
import type { CanonicalGraph, NodeData } from './graphModel';

export type SizeBy = 'degree' | 'weightedDegree' | 'pagerank' | 'posts';
export type ColorBy = 'community' | 'type' | 'none';

export const SIZE_OPTIONS: ReadonlyArray<{ id: SizeBy; label: string }> = [
  { id: 'degree', label: 'Degree' },
  { id: 'weightedDegree', label: 'Weighted degree' },
  { id: 'pagerank', label: 'PageRank' },
  { id: 'posts', label: 'Posts' },
];

export const COLOR_OPTIONS: ReadonlyArray<{ id: ColorBy; label: string }> = [
  { id: 'community', label: 'Louvain community' },
  { id: 'type', label: 'Node type' },
  { id: 'none', label: 'One colour' },
];

/** 12 distinguishable colours (Tableau-like); communities beyond them share a grey. */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#2f5bd3', '#8cd17d', '#d37295'];
export const OTHER_COLOR = '#b8bec8';
export const TYPE_COLORS: Record<NodeData['nodeType'], string> = { author: '#2f5bd3', hashtag: '#e15759', sound: '#59a14f' };

export function communityColor(community: number | null): string {
  return community === null || community < 0 || community >= PALETTE.length ? OTHER_COLOR : PALETTE[community]!;
}

export function sizeValue(a: NodeData, by: SizeBy): number {
  const v = by === 'pagerank' ? (a.pagerank ?? 0) : a[by];
  return Number.isFinite(v) ? v : 0;
}

const MIN_SIZE = 2;
const MAX_SIZE = 16;

/** Square-root scaling between MIN_SIZE and MAX_SIZE, so area follows the metric. */
export function applyAppearance(graph: CanonicalGraph, sizeBy: SizeBy, colorBy: ColorBy): void {
  let max = 0;
  graph.forEachNode((_n, a) => {
    max = Math.max(max, sizeValue(a, sizeBy));
  });
  let maxWeight = 1;
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
  });
  graph.updateEachNodeAttributes((_n, a) => {
    const v = sizeValue(a, sizeBy);
    const size = max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(v / max) : MIN_SIZE;
    const color = colorBy === 'community' ? communityColor(a.community) : colorBy === 'type' ? TYPE_COLORS[a.nodeType] : '#5b6476';
    return { ...a, size, color };
  });
  graph.updateEachEdgeAttributes((_e, a) => ({ ...a, size: 0.5 + 2.5 * Math.sqrt(a.weight / maxWeight), color: '#c5ccd6' }));
}
