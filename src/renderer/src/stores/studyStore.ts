import { create } from 'zustand';

import type { AppInfo } from '../../../shared/api/coreApi';
import type { StudyInfo } from '../../../shared/domain/study';
import { getApi } from '../api';

type LoadState = 'loading' | 'ready' | 'error';

interface StudyState {
  appInfo: AppInfo | null;
  study: StudyInfo | null;
  loadState: LoadState;
  loadError: unknown;
  /** Bumped whenever the study's data may have changed, so screens know to fetch again. */
  dataVersion: number;
  load(): Promise<void>;
  refresh(): Promise<void>;
  setStudy(study: StudyInfo | null): void;
  openStudy(path: string): Promise<void>;
  createStudy(path: string, name?: string): Promise<void>;
  openSample(): Promise<void>;
}

export const useStudyStore = create<StudyState>()((set, get) => ({
  appInfo: null,
  study: null,
  loadState: 'loading',
  loadError: null,
  dataVersion: 0,

  async load() {
    set({ loadState: 'loading', loadError: null });
    try {
      const api = getApi();
      const [appInfo, study] = await Promise.all([api.call('app.info', {}), api.call('study.info', {})]);
      set({ appInfo, study, loadState: 'ready', dataVersion: get().dataVersion + 1 });
    } catch (err) {
      set({ loadState: 'error', loadError: err });
    }
  },

  async refresh() {
    const study = await getApi().call('study.info', {});
    get().setStudy(study);
  },

  setStudy(study) {
    set({ study, dataVersion: get().dataVersion + 1 });
  },

  async openStudy(path) {
    get().setStudy(await getApi().call('study.open', { path }));
  },

  async createStudy(path, name) {
    get().setStudy(await getApi().call('study.create', name ? { path, name } : { path }));
  },

  async openSample() {
    get().setStudy(await getApi().call('study.openSample', {}));
  },
}));
