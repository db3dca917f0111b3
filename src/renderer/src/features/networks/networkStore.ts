/**
 * The network screen's state: the build form, the running build (progress from backend events),
 * and the last network's view payload (plain data — graph instances live outside React and
 * zustand, see useNetworkGraph). The appearance/filter settings are in viewSettingsStore.
 */
import { create } from 'zustand';

import type { PostFilter } from '../../../../shared/domain/filter';
import type { NetworkKind, NetworkView } from '../../../../shared/domain/network';
import { ApiError, isErrorCode } from '../../../../shared/api/result';
import { getApi } from '../../api';

export interface BuildForm {
  kind: NetworkKind;
  minWeight: number;
  /** Empty = no cap. */
  maxGroup: number | null;
  /** Empty = no backbone. */
  backbone: number | null;
  includeIsolated: boolean;
  selfLoops: boolean;
  metrics: boolean;
  resolution: number;
}

export const DEFAULT_FORM: BuildForm = {
  kind: 'sound',
  minWeight: 1,
  maxGroup: null,
  backbone: null,
  includeIsolated: false,
  selfLoops: true,
  metrics: true,
  resolution: 1,
};

export interface BuildJob {
  jobId: string;
  phase: string;
  fraction: number | null;
  message: string;
}

interface NetworkState {
  form: BuildForm;
  job: BuildJob | null;
  error: unknown;
  view: NetworkView | null;
  /** Caps for the rendered subgraph (the full network stays on the backend for exports). */
  maxEdges: number;
  setForm(patch: Partial<BuildForm>): void;
  build(filter: PostFilter): Promise<void>;
  cancel(): Promise<void>;
  loadView(networkId: string): Promise<void>;
  setMaxEdges(n: number): void;
  reset(): void;
}

let eventsBound = false;

/** Backend events are bound once, for the life of the page, so a build finishing while another screen is shown still lands. */
function bindEvents(): void {
  if (eventsBound) return;
  eventsBound = true;
  const api = getApi();
  api.on('network.progress', (p) => {
    const { job } = useNetworkStore.getState();
    if (job?.jobId === p.jobId) useNetworkStore.setState({ job: { jobId: p.jobId, phase: p.phase, fraction: p.fraction, message: p.message } });
  });
  api.on('network.done', ({ jobId, networkId }) => {
    if (useNetworkStore.getState().job?.jobId !== jobId) return;
    void useNetworkStore.getState().loadView(networkId);
  });
  api.on('network.failed', ({ jobId, code, message }) => {
    if (useNetworkStore.getState().job?.jobId !== jobId) return;
    useNetworkStore.setState({ job: null, error: code === 'CANCELLED' ? null : new ApiError(isErrorCode(code) ? code : 'INTERNAL', message) });
  });
}

export const useNetworkStore = create<NetworkState>()((set, get) => ({
  form: DEFAULT_FORM,
  job: null,
  error: null,
  view: null,
  maxEdges: 20_000,
  setForm: (patch) => set((s) => ({ form: { ...s.form, ...patch } })),
  async build(filter) {
    bindEvents();
    const { form } = get();
    set({ error: null });
    try {
      const { jobId } = await getApi().call('networks.build', {
        kind: form.kind,
        filter,
        minWeight: form.minWeight,
        maxGroup: form.maxGroup,
        backbone: form.backbone,
        includeIsolated: form.includeIsolated,
        selfLoops: form.selfLoops,
        metrics: form.metrics,
        resolution: form.resolution,
      });
      set({ job: { jobId, phase: 'reading', fraction: null, message: 'Starting' } });
    } catch (err) {
      set({ error: err, job: null });
    }
  },
  async cancel() {
    const { job } = get();
    if (!job) return;
    await getApi().call('networks.cancel', { jobId: job.jobId });
    set({ job: null });
  },
  async loadView(networkId) {
    try {
      const view = await getApi().call('networks.view', { networkId, maxEdges: get().maxEdges, maxNodes: 10_000 });
      set({ view, job: null, error: null });
    } catch (err) {
      set({ error: err, job: null });
    }
  },
  setMaxEdges: (n) => {
    set({ maxEdges: n });
    const { view } = get();
    if (view) void get().loadView(view.networkId);
  },
  reset: () => set({ job: null, error: null, view: null }),
}));
