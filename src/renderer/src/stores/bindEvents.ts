import { getApi } from '../api';
import { runningJobs } from './jobsLogic';
import { useJobsStore } from './jobsStore';
import { useStudyStore } from './studyStore';

async function catchUp(jobId: string): Promise<void> {
  const status = await getApi()
    .call('import.status', { jobId })
    .catch(() => null);
  if (!status) return;
  const jobs = useJobsStore.getState();
  if (status.progress) jobs.progress(status.progress);
  if (status.state === 'done' && status.summary) jobs.done(jobId, status.summary);
  else if (status.state === 'failed' && status.error) jobs.failed(jobId, status.error.code, status.error.message);
  else if (status.state === 'unknown') jobs.failed(jobId, 'INTERNAL', 'The connection to the workbench was lost during this import; check Datasets to see whether it finished.');
}

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
    // After a dropped event stream, ask where each running import stands.
    api.onReconnect(() => {
      for (const job of runningJobs(useJobsStore.getState().jobs)) void catchUp(job.jobId);
      void useStudyStore.getState().refresh().catch(() => undefined);
    }),
  ];
  return () => unsubscribe.forEach((off) => off());
}
