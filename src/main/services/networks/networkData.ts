/**
 * A built network in memory: columnar node attributes and a typed edge list. Everything here is
 * structured-cloneable, so a worker thread can hand it to the main process cheaply.
 */
import type { NetworkSummary } from '../../../shared/domain/network';
import type { Edges } from './edgeList';
import type { Positions } from './staticLayout';

export interface NetworkData {
  summary: NetworkSummary;
  ids: string[];
  labels: string[];
  /** Index into NODE_TYPE_CODES. */
  types: Uint8Array;
  /** accounts.id / hashtags.id / sounds.id (to find a node's posts). */
  dbIds: Int32Array;
  posts: Int32Array;
  degree: Int32Array;
  weightedDegree: Float64Array;
  pagerank: Float64Array | null;
  betweenness: Float64Array | null;
  community: Int32Array | null;
  /** Edge endpoints are node indices; undirected edges have src < dst by construction. */
  edges: Edges;
  layout: Positions | null;
}

/** The buffers a worker can transfer instead of copying. */
export function transferList(data: NetworkData): ArrayBuffer[] {
  const arrays = [
    data.types,
    data.dbIds,
    data.posts,
    data.degree,
    data.weightedDegree,
    data.pagerank,
    data.betweenness,
    data.community,
    data.edges.src,
    data.edges.dst,
    data.edges.weight,
    data.layout?.x,
    data.layout?.y,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (a && a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength) buffers.add(a.buffer);
  return [...buffers];
}
