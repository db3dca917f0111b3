import { useCallback, useEffect, useRef, useState } from 'react';

import { EmptyState } from '../../components/EmptyState';
import { NoPostsState } from '../../components/NoPostsState';
import { formatCount } from '../../lib/format';
import { useStudyStore } from '../../stores/studyStore';
import { FilterBar } from '../filters/FilterBar';
import { AppearanceControls } from './AppearanceControls';
import { BuildPanel } from './BuildPanel';
import { ExportControls } from './ExportControls';
import { GraphFiltersPanel } from './GraphFiltersPanel';
import { defaultLayoutSettings, LayoutController, type LayoutSettings, type LayoutState, type RenderCost } from './layoutController';
import { LayoutControls } from './LayoutControls';
import { MetricsTablePanel } from './MetricsTablePanel';
import { useNetworkStore } from './networkStore';
import { NetworkSummaryCard } from './NetworkSummaryCard';
import { NodePanel } from './NodePanel';
import { bestMatch } from './search';
import { SigmaCanvas } from './SigmaCanvas';
import { persistPositions, useNetworkGraph } from './useNetworkGraph';
import { useViewSettings } from './viewSettingsStore';
import './networks.css';
import type { NetworkSigma } from './SigmaCanvas';

const IDLE: LayoutState = { running: null, progress: 0, elapsedMs: 0 };
const SHOWN_CAPS = [5_000, 20_000, 50_000];

/**
 * Networks: build a sound / hashtag / mention / co-hashtag / bipartite network off the main thread,
 * explore a readable subgraph in sigma (ForceAtlas2 in a web worker, filters, appearance, search,
 * node details, metrics table) and export the full network for Gephi, networkx or R.
 */
export function NetworksScreen() {
  const study = useStudyStore((s) => s.study);
  const view = useNetworkStore((s) => s.view);
  const maxEdges = useNetworkStore((s) => s.maxEdges);
  const setMaxEdges = useNetworkStore((s) => s.setMaxEdges);
  const reset = useNetworkStore((s) => s.reset);
  const settings = useViewSettings();
  const { canonical, render } = useNetworkGraph(view, settings.filters);
  const sigmaRef = useRef<NetworkSigma | null>(null);
  const layoutRef = useRef<LayoutController | null>(null);
  const [layoutState, setLayoutState] = useState<LayoutState>(IDLE);
  const [layoutSettings, setLayoutSettings] = useState<LayoutSettings | null>(null);
  const [search, setSearch] = useState('');
  // A stable mutable box (written by the canvas after each render, read by the layout pacing).
  const [renderCost] = useState<RenderCost>(() => ({ ms: 16 }));

  // A network from another study is meaningless here.
  const studyPath = study?.path ?? null;
  const seenStudy = useRef(studyPath);
  useEffect(() => {
    if (seenStudy.current === studyPath) return;
    seenStudy.current = studyPath;
    reset();
  }, [studyPath, reset]);

  const networkId = view?.networkId ?? null;
  const resetForNetwork = settings.resetForNetwork;
  useEffect(() => {
    resetForNetwork();
  }, [networkId, resetForNetwork]);

  // One layout controller per render graph; killed (worker terminated) when the graph changes.
  useEffect(() => {
    if (!render || !canonical || !networkId) return;
    const controller = new LayoutController(render, setLayoutState, () => persistPositions(networkId, render, canonical), renderCost);
    layoutRef.current = controller;
    return () => {
      controller.kill();
      layoutRef.current = null;
      setLayoutState(IDLE);
    };
  }, [render, canonical, networkId, renderCost]);

  const onRenderer = useCallback((s: NetworkSigma | null) => {
    sigmaRef.current = s;
  }, []);
  const select = settings.set;
  const onSelect = useCallback((id: string | null) => select({ selected: id }), [select]);

  const jumpTo = (query: string) => {
    if (!render || !sigmaRef.current) return;
    const nodes = render.mapNodes((id, a) => ({ id, label: a.label, weight: a.weightedDegree }));
    const id = bestMatch(nodes, query);
    if (!id) return;
    onSelect(id);
    const display = sigmaRef.current.getNodeDisplayData(id);
    if (display) void sigmaRef.current.getCamera().animate({ x: display.x, y: display.y, ratio: 0.3 }, { duration: 500 });
  };

  if (!study || study.postCount === 0) return <NoPostsState study={study} hint="Import posts to build networks from them." />;

  const shown = render ? { nodes: render.order, edges: render.size } : { nodes: 0, edges: 0 };
  const activeSettings = layoutSettings ?? (render ? defaultLayoutSettings(render) : null);

  return (
    <div className="networks">
      <FilterBar />
      <div className="networks__layout">
        <div className="networks__side">
          <BuildPanel />
          {view && <NetworkSummaryCard view={view} />}
          {view && (
            <GraphFiltersPanel
              communities={view.summary.metrics?.communities?.count ?? 0}
              shown={shown}
              total={{ nodes: view.nodes.length, edges: view.edges.length }}
            />
          )}
        </div>
        <div className="networks__main">
          {!view || !render || !canonical ? (
            <EmptyState title="No network yet">
              Choose a network on the left and build it. It uses the posts that match the filters above, like every other screen.
            </EmptyState>
          ) : (
            <>
              <div className="network-toolbar" role="toolbar" aria-label="Network view">
                {activeSettings && (
                  <LayoutControls
                    state={layoutState}
                    settings={activeSettings}
                    onSettings={setLayoutSettings}
                    onStart={() => layoutRef.current?.startForceAtlas2(activeSettings)}
                    onStop={() => layoutRef.current?.stop()}
                    onNoverlap={() => sigmaRef.current && layoutRef.current?.startNoverlap(sigmaRef.current)}
                  />
                )}
                <AppearanceControls hasMetrics={view.summary.metrics !== null} />
                <form
                  className="network-toolbar__group"
                  role="search"
                  onSubmit={(e) => {
                    e.preventDefault();
                    jumpTo(search);
                  }}
                >
                  <input
                    className="input input--compact"
                    type="search"
                    placeholder="Find a node"
                    aria-label="Find a node"
                    value={search}
                    onChange={(e) => setSearch(e.target.value)}
                  />
                </form>
                <div className="network-toolbar__group">
                  <label className="small" htmlFor="network-shown-cap">
                    Draw at most
                  </label>
                  <select id="network-shown-cap" className="select select--compact" value={maxEdges} onChange={(e) => setMaxEdges(Number(e.target.value))}>
                    {SHOWN_CAPS.map((c) => (
                      <option key={c} value={c}>
                        {formatCount(c)} edges
                      </option>
                    ))}
                  </select>
                </div>
                <ExportControls
                  networkId={view.networkId}
                  fullEdges={view.full.edges}
                  kind={view.summary.kind}
                  canonical={canonical}
                  sigma={() => sigmaRef.current}
                  labelCount={Math.round(20 + 60 * settings.labelDensity)}
                />
              </div>
              <div className={`networks__stage${settings.selected ? ' networks__stage--detail' : ''}`}>
                <SigmaCanvas
                  graph={render}
                  directed={view.summary.directed}
                  sizeBy={settings.sizeBy}
                  colorBy={settings.colorBy}
                  labelDensity={settings.labelDensity}
                  selected={settings.selected}
                  search={search}
                  layoutRunning={layoutState.running !== null}
                  renderCost={renderCost}
                  onSelect={onSelect}
                  onRenderer={onRenderer}
                />
                {settings.selected && <NodePanel networkId={view.networkId} nodeId={settings.selected} onSelect={onSelect} />}
              </div>
              <MetricsTablePanel view={view} selected={settings.selected} onSelect={onSelect} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
