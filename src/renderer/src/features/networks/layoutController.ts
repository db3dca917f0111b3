/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) with the lifecycle Gephi Lite
 * and react-sigma use: one supervisor per render graph, start/stop, kill on disposal, positions
 * persisted when a run stops (not on every tick). Runs stop by themselves after a time budget,
 * which doubles as the progress shown. Noverlap (also in a worker) removes overlaps in screen
 * space through sigma's coordinate conversions.
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

export class LayoutController {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private timer: number | null = null;
  private startedAt = 0;
  private budget = 0;
  state: LayoutState = { running: null, progress: 0, elapsedMs: 0 };

  constructor(
    private readonly graph: Graph,
    private readonly onState: (s: LayoutState) => void,
    /** Called when a run stops, to persist positions. */
    private readonly onStopped: () => void,
  ) {}

  startForceAtlas2(settings: LayoutSettings, budgetMs = runBudgetMs(this.graph)): void {
    this.stop();
    // A new supervisor per run: settings are fixed at construction.
    this.fa2?.kill();
    this.fa2 = new FA2Layout(this.graph, { settings, getEdgeWeight: 'weight' });
    this.fa2.start();
    this.track('fa2', budgetMs);
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
    this.noverlap = null;
  }

  private track(kind: 'fa2' | 'noverlap', budgetMs: number): void {
    this.startedAt = performance.now();
    this.budget = budgetMs;
    this.emit({ running: kind, progress: 0, elapsedMs: 0 });
    this.timer = window.setInterval(() => {
      const elapsed = performance.now() - this.startedAt;
      if (elapsed >= this.budget) this.stop();
      else this.emit({ running: kind, progress: elapsed / this.budget, elapsedMs: elapsed });
    }, 200);
  }

  private emit(s: LayoutState): void {
    this.state = s;
    this.onState(s);
  }
}
