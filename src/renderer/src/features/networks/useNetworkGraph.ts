/**
 * The network view's graph instances, derived and memoised — never React or zustand state: the
 * canonical graph (rebuilt when a new view arrives) and the render graph derived from it by the
 * filters. Positions survive filter changes and leaving the screen: a finished layout run writes
 * them back with `persistPositions`, and they are kept per network id in memory.
 */
import { useMemo } from 'react';

import type { NetworkView } from '../../../../shared/domain/network';
import { canonicalGraph, deriveRenderGraph, type CanonicalGraph, type GraphFilters } from './graphModel';

const positionsByNetwork = new Map<string, Map<string, { x: number; y: number }>>();

/** Copies the laid-out positions of the render graph into the canonical graph and the cache. */
export function persistPositions(networkId: string, render: CanonicalGraph, canonical: CanonicalGraph): void {
  const positions = positionsByNetwork.get(networkId) ?? new Map<string, { x: number; y: number }>();
  render.forEachNode((n, a) => {
    positions.set(n, { x: a.x, y: a.y });
    if (canonical.hasNode(n)) canonical.mergeNodeAttributes(n, { x: a.x, y: a.y });
  });
  positionsByNetwork.set(networkId, positions);
}

export function positionsOf(networkId: string): ReadonlyMap<string, { x: number; y: number }> | undefined {
  return positionsByNetwork.get(networkId);
}

export function useNetworkGraph(view: NetworkView | null, filters: GraphFilters) {
  const canonical = useMemo(() => (view ? canonicalGraph(view, positionsOf(view.networkId)) : null), [view]);
  const render = useMemo(() => (canonical ? deriveRenderGraph(canonical, filters) : null), [canonical, filters]);
  return { canonical, render };
}
