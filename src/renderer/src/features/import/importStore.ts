import { create } from 'zustand';

import type { ImportPreview, MappingPreset } from '../../../../shared/domain/import';
import { getApi, type FileSource } from '../../api';
import { useJobsStore } from '../../stores/jobsStore';
import { buildImportRequest, overridesForNewFile, setOverride, type ImportOverrides } from './logic';

interface ImportState {
  source: FileSource | null;
  /** Name of the file being uploaded, and how far (browser workbench only). */
  uploading: { name: string; fraction: number } | null;
  uploadError: unknown;
  overrides: ImportOverrides;
  preview: ImportPreview | null;
  previewLoading: boolean;
  previewError: unknown;
  presets: MappingPreset[];
  /** The import started from this screen; its progress lives in the jobs store. */
  jobId: string | null;
  starting: boolean;
  startError: unknown;

  chooseFile(file: File): Promise<void>;
  choosePickedFile(source: FileSource): void;
  setOverride<K extends keyof ImportOverrides>(key: K, value: ImportOverrides[K] | undefined): void;
  resetOverrides(): void;
  loadPresets(): Promise<void>;
  start(): Promise<void>;
  cancel(): Promise<void>;
  /** Back to an empty drop zone after an import finished. */
  startOver(): void;
  /** Back to the preview of the same file (after a failure or cancellation). */
  backToPreview(): void;
}

// Only the latest preview request may update the screen; older answers arrive late and are dropped.
let previewRequest = 0;

export const useImportStore = create<ImportState>()((set, get) => {
  const refreshPreview = async () => {
    const { source, overrides } = get();
    if (!source) return;
    const request = ++previewRequest;
    set({ previewLoading: true, previewError: null });
    try {
      const preview = await getApi().call('import.preview', buildImportRequest(source, overrides));
      if (request === previewRequest) set({ preview, previewLoading: false });
    } catch (err) {
      if (request === previewRequest) set({ previewError: err, previewLoading: false });
    }
  };

  const adoptSource = (source: FileSource) => {
    set({
      source,
      uploading: null,
      preview: null,
      previewError: null,
      jobId: null,
      startError: null,
      overrides: overridesForNewFile(get().overrides),
    });
    void refreshPreview();
  };

  return {
    source: null,
    uploading: null,
    uploadError: null,
    overrides: {},
    preview: null,
    previewLoading: false,
    previewError: null,
    presets: [],
    jobId: null,
    starting: false,
    startError: null,

    async chooseFile(file) {
      set({ uploading: { name: file.name, fraction: 0 }, uploadError: null, jobId: null });
      try {
        const source = await getApi().fileSource(file, (fraction) => set({ uploading: { name: file.name, fraction } }));
        adoptSource(source);
      } catch (err) {
        set({ uploading: null, uploadError: err });
      }
    },

    choosePickedFile(source) {
      adoptSource(source);
    },

    setOverride(key, value) {
      set({ overrides: setOverride(get().overrides, key, value) });
      // The label only names the dataset; it does not change how the file is read.
      if (key !== 'label') void refreshPreview();
    },

    resetOverrides() {
      // The time zone and label are the researcher's own choices, not corrections of a detection.
      const { timezone, label } = get().overrides;
      set({ overrides: { ...(timezone ? { timezone } : {}), ...(label ? { label } : {}) } });
      void refreshPreview();
    },

    async loadPresets() {
      try {
        set({ presets: await getApi().call('import.presets', {}) });
      } catch {
        set({ presets: [] });
      }
    },

    async start() {
      const { source, overrides } = get();
      if (!source) return;
      set({ starting: true, startError: null });
      try {
        const { jobId } = await getApi().call('import.start', buildImportRequest(source, overrides));
        useJobsStore.getState().track(jobId, source.name);
        set({ jobId, starting: false });
      } catch (err) {
        set({ startError: err, starting: false });
      }
    },

    async cancel() {
      const { jobId } = get();
      if (!jobId) return;
      await getApi().call('import.cancel', { jobId });
    },

    startOver() {
      const { jobId } = get();
      if (jobId) useJobsStore.getState().dismiss(jobId);
      previewRequest++;
      set({ source: null, preview: null, previewError: null, jobId: null, startError: null, overrides: overridesForNewFile(get().overrides) });
    },

    backToPreview() {
      const { jobId } = get();
      if (jobId) useJobsStore.getState().dismiss(jobId);
      set({ jobId: null });
      void refreshPreview();
    },
  };
});
