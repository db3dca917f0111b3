import { getApi } from '../api';
import { useJobsStore } from './jobsStore';
import { useStudyStore } from './studyStore';

/** Routes pushed backend events into the stores. Called once at start-up. */
export function bindBackendEvents(): () => void {
  const api = getApi();
  const jobs = useJobsStore.getState();
  const unsubscribe = [
    api.on('import.progress', (payload) => jobs.progress(payload)),
    api.on('import.done', ({ jobId, summary }) => {
      jobs.done(jobId, summary);
      // Post and dataset counts changed; the backend may also send study.changed, which is harmless.
      void useStudyStore.getState().refresh().catch(() => undefined);
    }),
    api.on('import.failed', ({ jobId, code, message }) => jobs.failed(jobId, code, message)),
    api.on('study.changed', (study) => useStudyStore.getState().setStudy(study)),
  ];
  return () => unsubscribe.forEach((off) => off());
}
