import type { ImportProgress, ImportSummary } from '../../../shared/domain/import';

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface Job {
  jobId: string;
  fileName: string | null;
  /** When this screen started the job (ms since epoch), for the time-left estimate. */
  startedAt: number | null;
  status: JobStatus;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: { code: string; message: string } | null;
}

export type JobsById = Readonly<Record<string, Job>>;

export type JobEvent =
  | { type: 'track'; jobId: string; fileName: string; at: number }
  | { type: 'progress'; jobId: string; progress: ImportProgress }
  | { type: 'done'; jobId: string; summary: ImportSummary }
  | { type: 'failed'; jobId: string; code: string; message: string };

function emptyJob(jobId: string): Job {
  return { jobId, fileName: null, startedAt: null, status: 'running', progress: null, summary: null, error: null };
}

/** Pure transition for one job event. A finished job never goes back to running. */
export function applyJobEvent(jobs: JobsById, event: JobEvent): JobsById {
  const job = jobs[event.jobId] ?? emptyJob(event.jobId);
  let next: Job;
  switch (event.type) {
    case 'track':
      next = { ...job, fileName: event.fileName, startedAt: event.at };
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

/**
 * Seconds left, extrapolated from the pace so far. Null until enough of the file is read for the
 * pace to mean something.
 */
export function secondsLeft(job: Job, now: number): number | null {
  const fraction = jobFraction(job);
  if (fraction === null || job.startedAt === null || fraction < 0.03 || fraction >= 1) return null;
  const elapsed = (now - job.startedAt) / 1000;
  if (elapsed < 1) return null;
  return (elapsed * (1 - fraction)) / fraction;
}

export function runningJobs(jobs: JobsById): Job[] {
  return Object.values(jobs).filter((job) => job.status === 'running');
}
