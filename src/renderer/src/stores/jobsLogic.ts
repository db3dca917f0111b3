import type { ImportProgress, ImportSummary } from '../../../shared/domain/import';

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface Job {
  jobId: string;
  fileName: string | null;
  status: JobStatus;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: { code: string; message: string } | null;
}

export type JobsById = Readonly<Record<string, Job>>;

export type JobEvent =
  | { type: 'track'; jobId: string; fileName: string }
  | { type: 'progress'; jobId: string; progress: ImportProgress }
  | { type: 'done'; jobId: string; summary: ImportSummary }
  | { type: 'failed'; jobId: string; code: string; message: string };

function emptyJob(jobId: string): Job {
  return { jobId, fileName: null, status: 'running', progress: null, summary: null, error: null };
}

/** Pure transition for one job event. A finished job never goes back to running. */
export function applyJobEvent(jobs: JobsById, event: JobEvent): JobsById {
  const job = jobs[event.jobId] ?? emptyJob(event.jobId);
  let next: Job;
  switch (event.type) {
    case 'track':
      next = { ...job, fileName: event.fileName };
      break;
    case 'progress': {
      if (job.status !== 'running') return jobs;
      const phase = event.progress.phase;
      const status: JobStatus = phase === 'cancelled' ? 'cancelled' : phase === 'failed' ? 'failed' : 'running';
      next = { ...job, progress: event.progress, status };
      break;
    }
    case 'done':
      next = { ...job, status: 'done', summary: event.summary };
      break;
    case 'failed':
      next = {
        ...job,
        status: event.code === 'CANCELLED' ? 'cancelled' : 'failed',
        error: { code: event.code, message: event.message },
      };
      break;
  }
  return { ...jobs, [event.jobId]: next };
}

/** Fraction of the file read so far, or null when the size is unknown. */
export function jobFraction(job: Job): number | null {
  if (job.status === 'done') return 1;
  const p = job.progress;
  if (!p || p.totalBytes <= 0) return null;
  return Math.max(0, Math.min(1, p.bytesRead / p.totalBytes));
}

export function runningJobs(jobs: JobsById): Job[] {
  return Object.values(jobs).filter((job) => job.status === 'running');
}
