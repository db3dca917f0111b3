import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import { applyAppearance, type ColorBy, type SizeBy } from './appearance';
import type { CanonicalGraph, EdgeData, NodeData } from './graphModel';
import type { RenderCost } from './layoutController';
import { matchesSearch } from './search';

interface SigmaCanvasProps {
  graph: CanonicalGraph;
  directed: boolean;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  labelDensity: number;
  selected: string | null;
  search: string;
  /** While a layout moves every node, large graphs draw nodes only (edges cost most per frame). */
  layoutRunning: boolean;
  /** Written after every render, so the layout can pace its updates. */
  renderCost: RenderCost;
  onSelect: (node: string | null) => void;
  /** The live renderer, for layouts, camera moves and image export (null when disposed). */
  onRenderer: (sigma: NetworkSigma | null) => void;
}

const DIMMED = '#e3e6eb';

export type NetworkSigma = Sigma<NodeData, EdgeData>;

const LARGE_FOR_LAYOUT = 10_000;

/**
 * One sigma v3 WebGL renderer per render graph. Hover and selection highlight a node and its
 * neighbours through reducers (nothing is written into the graph); appearance is applied to the
 * derived render graph, then sigma refreshes.
 */
export function SigmaCanvas({ graph, directed, sizeBy, colorBy, labelDensity, selected, search, layoutRunning, renderCost, onSelect, onRenderer }: SigmaCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<NetworkSigma | null>(null);
  const focus = useRef<{ hovered: string | null; selected: string | null; search: string; neighbours: Set<string>; hideEdges: boolean }>({
    hovered: null,
    selected,
    search,
    neighbours: new Set(),
    hideEdges: false,
  });
  const callbacks = useRef({ onSelect, onRenderer });
  useEffect(() => {
    callbacks.current = { onSelect, onRenderer };
  }, [onSelect, onRenderer]);

  useEffect(() => {
    if (!container.current) return;
    const f = focus.current;
    const refocus = () => {
      const node = f.hovered ?? f.selected;
      f.neighbours = node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : new Set();
    };
    refocus();
    const large = graph.size > 20_000;
    const sigma: NetworkSigma = new Sigma(graph, container.current, {
      allowInvalidContainer: true,
      defaultEdgeType: directed ? 'arrow' : 'line',
      hideEdgesOnMove: large,
      renderEdgeLabels: false,
      zIndex: true,
      labelDensity,
      labelRenderedSizeThreshold: 6,
      labelFont: 'system-ui, sans-serif',
      nodeReducer: (node, data) => {
        const out = { ...data } as Partial<NodeDisplayData>;
        const center = f.hovered ?? f.selected;
        if (center && graph.hasNode(center)) {
          if (node === center || f.neighbours.has(node)) {
            out.highlighted = node === center;
            out.zIndex = 1;
            // Every neighbour's label only while they stay readable; the centre's always.
            out.forceLabel = node === center || f.neighbours.size <= 40;
          } else {
            out.color = DIMMED;
            out.label = '';
            out.zIndex = 0;
          }
        }
        if (f.search && matchesSearch(f.search, node, String(data.label ?? ''))) {
          // Search matches stay visible even outside the focused neighbourhood.
          out.label = data.label;
          out.color = data.color;
          out.highlighted = true;
          out.forceLabel = true;
          out.zIndex = 2;
        }
        return out;
      },
      edgeReducer: (edge, data) => {
        const out = { ...data } as Partial<EdgeDisplayData>;
        if (f.hideEdges) {
          out.hidden = true;
          return out;
        }
        const center = f.hovered ?? f.selected;
        if (center && graph.hasNode(center) && !graph.hasExtremity(edge, center)) out.hidden = true;
        return out;
      },
    });
    sigma.on('enterNode', ({ node }) => {
      f.hovered = node;
      refocus();
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      f.hovered = null;
      refocus();
      sigma.refresh({ skipIndexation: true });
    });
    let renderStarted = 0;
    sigma.on('beforeRender', () => {
      renderStarted = performance.now();
    });
    sigma.on('afterRender', () => {
      renderCost.ms = performance.now() - renderStarted;
    });
    sigma.on('clickNode', ({ node }) => callbacks.current.onSelect(node));
    sigma.on('clickStage', () => callbacks.current.onSelect(null));
    sigmaRef.current = sigma;
    callbacks.current.onRenderer(sigma);
    return () => {
      callbacks.current.onRenderer(null);
      sigma.kill();
      sigmaRef.current = null;
    };
    // The renderer is rebuilt only for a new graph; settings below are pushed imperatively.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, directed]);

  useEffect(() => {
    applyAppearance(graph, sizeBy, colorBy);
    sigmaRef.current?.refresh();
  }, [graph, sizeBy, colorBy]);

  useEffect(() => {
    sigmaRef.current?.setSetting('labelDensity', labelDensity);
    sigmaRef.current?.setSetting('labelRenderedSizeThreshold', Math.max(1, 8 - 6 * Math.min(1, labelDensity)));
  }, [labelDensity]);

  useEffect(() => {
    const f = focus.current;
    f.selected = selected;
    f.search = search;
    const center = f.hovered ?? f.selected;
    f.neighbours = center && graph.hasNode(center) ? new Set(graph.neighbors(center)) : new Set();
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [graph, selected, search]);

  useEffect(() => {
    focus.current.hideEdges = layoutRunning && graph.size > LARGE_FOR_LAYOUT;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [graph, layoutRunning]);

  return <div className="network-canvas" ref={container} data-testid="network-canvas" />;
}
