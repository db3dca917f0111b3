/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) with the lifecycle Gephi Lite
 * and react-sigma use: start/stop, kill on disposal, positions persisted when a run stops (not on
 * every tick). The worker moves a private copy of the render graph; positions are copied to the
 * displayed graph at most once per frame budget (three times the last render time, at least
 * 100 ms), so a slow GPU or software rendering never floods the main thread while the layout
 * iterates. Runs stop by themselves after a time budget, which doubles as the progress shown.
 * Noverlap (also in a worker) removes overlaps in screen space through sigma's coordinates.
 */
import type Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { NetworkSigma } from './SigmaCanvas';

export interface LayoutState {
  running: 'fa2' | 'noverlap' | null;
  /** 0..1 of the current run's time budget. */
  progress: number;
  elapsedMs: number;
}

export type LayoutSettings = Required<Pick<ForceAtlas2Settings, 'gravity' | 'scalingRatio' | 'linLogMode' | 'strongGravityMode' | 'barnesHutOptimize' | 'edgeWeightInfluence' | 'slowDown'>>;

export function defaultLayoutSettings(graph: Graph): LayoutSettings {
  const inferred = forceAtlas2.inferSettings(graph);
  return {
    gravity: inferred.gravity ?? 1,
    scalingRatio: inferred.scalingRatio ?? 2,
    linLogMode: false,
    strongGravityMode: inferred.strongGravityMode ?? false,
    barnesHutOptimize: inferred.barnesHutOptimize ?? graph.order > 2000,
    edgeWeightInfluence: 1,
    slowDown: inferred.slowDown ?? 1,
  };
}

/** Seconds a run lasts before it stops itself: longer for bigger graphs. */
export function runBudgetMs(graph: Graph): number {
  return Math.round(Math.min(30_000, Math.max(4_000, (graph.order + graph.size) * 0.6)));
}

/** Milliseconds the last sigma render took (written by the canvas, read by the layout). */
export interface RenderCost {
  ms: number;
}

export class LayoutController {
  private fa2: FA2Layout | null = null;
  private shadow: Graph | null = null;
  private noverlap: NoverlapLayout | null = null;
  private timer: number | null = null;
  private lastCopy = 0;
  private startedAt = 0;
  private budget = 0;
  state: LayoutState = { running: null, progress: 0, elapsedMs: 0 };

  constructor(
    private readonly graph: Graph,
    private readonly onState: (s: LayoutState) => void,
    /** Called when a run stops, to persist positions. */
    private readonly onStopped: () => void,
    private readonly renderCost: RenderCost = { ms: 16 },
  ) {}

  startForceAtlas2(settings: LayoutSettings, budgetMs = runBudgetMs(this.graph)): void {
    this.stop();
    // A new supervisor per run (settings are fixed at construction) on a fresh private copy.
    this.fa2?.kill();
    this.shadow = this.graph.copy();
    this.fa2 = new FA2Layout(this.shadow, { settings, getEdgeWeight: 'weight' });
    this.fa2.start();
    this.track('fa2', budgetMs);
  }

  /** Positions from the worker's copy onto the displayed graph (one sigma refresh). */
  private copyPositions(): void {
    const shadow = this.shadow;
    if (!shadow) return;
    this.lastCopy = performance.now();
    this.graph.updateEachNodeAttributes((node, attrs) => {
      const p = shadow.getNodeAttributes(node);
      return { ...attrs, x: p.x as number, y: p.y as number };
    });
  }

  startNoverlap(sigma: NetworkSigma): void {
    this.stop();
    this.noverlap?.kill();
    this.noverlap = new NoverlapLayout(this.graph, {
      settings: { ratio: 1.15, margin: 2 },
      inputReducer: (key, attrs) => {
        const p = sigma.graphToViewport({ x: attrs.x, y: attrs.y });
        const display = sigma.getNodeDisplayData(key);
        return { x: p.x, y: p.y, size: display ? sigma.scaleSize(display.size) : 3 };
      },
      outputReducer: (_key, attrs) => sigma.viewportToGraph({ x: attrs.x, y: attrs.y }),
      onConverged: () => this.stop(),
    });
    this.noverlap.start();
    this.track('noverlap', 5_000);
  }

  stop(): void {
    const wasRunning = this.state.running !== null;
    if (this.state.running === 'fa2') this.copyPositions();
    this.fa2?.stop();
    this.noverlap?.stop();
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    if (wasRunning) {
      this.emit({ running: null, progress: 1, elapsedMs: performance.now() - this.startedAt });
      this.onStopped();
    }
  }

  kill(): void {
    this.stop();
    this.fa2?.kill();
    this.noverlap?.kill();
    this.fa2 = null;
    this.shadow = null;
    this.noverlap = null;
  }

  private track(kind: 'fa2' | 'noverlap', budgetMs: number): void {
    this.startedAt = performance.now();
    this.budget = budgetMs;
    this.emit({ running: kind, progress: 0, elapsedMs: 0 });
    this.lastCopy = this.startedAt;
    this.timer = window.setInterval(() => {
      const now = performance.now();
      const elapsed = now - this.startedAt;
      if (elapsed >= this.budget) {
        this.stop();
        return;
      }
      if (kind === 'fa2' && now - this.lastCopy >= Math.max(100, 3 * this.renderCost.ms)) this.copyPositions();
      this.emit({ running: kind, progress: elapsed / this.budget, elapsedMs: elapsed });
    }, 50);
  }

  private emit(s: LayoutState): void {
    this.state = s;
    this.onState(s);
  }
}
