import { create } from 'zustand';

import type { ImportProgress, ImportSummary } from '../../../shared/domain/import';
import { applyJobEvent, type JobEvent, type JobsById } from './jobsLogic';

interface JobsState {
  jobs: JobsById;
  /** Names shown in the status area, registered when a job starts (events carry only the job id). */
  track(jobId: string, fileName: string): void;
  dismiss(jobId: string): void;
  progress(payload: ImportProgress): void;
  done(jobId: string, summary: ImportSummary): void;
  failed(jobId: string, code: string, message: string): void;
}

/**
 * Every import job the backend reports, keyed by id. Events are recorded even for ids not yet
 * known: a small file can finish before `import.start` has returned its job id.
 */
export const useJobsStore = create<JobsState>()((set) => {
  const apply = (event: JobEvent) => set((state) => ({ jobs: applyJobEvent(state.jobs, event) }));
  return {
    jobs: {},
    track: (jobId, fileName) => apply({ type: 'track', jobId, fileName, at: Date.now() }),
    dismiss: (jobId) =>
      set((state) => {
        const { [jobId]: _removed, ...rest } = state.jobs;
        return { jobs: rest };
      }),
    progress: (payload) => apply({ type: 'progress', jobId: payload.jobId, progress: payload }),
    done: (jobId, summary) => apply({ type: 'done', jobId, summary }),
    failed: (jobId, code, message) => apply({ type: 'failed', jobId, code, message }),
  };
});
