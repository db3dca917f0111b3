import { describe, expect, it } from 'vitest';

import type { ImportProgress, ImportSummary } from '../../../shared/domain/import';
import { applyJobEvent, jobFraction, runningJobs, secondsLeft } from './jobsLogic';

const progress = (jobId: string, bytesRead: number, phase: ImportProgress['phase'] = 'reading'): ImportProgress => ({
  jobId,
  phase,
  bytesRead,
  totalBytes: 100,
  rowsRead: 3,
  rejected: 0,
});

describe('jobs', () => {
  it('records events for a job before its id is known, and keeps the name added later', () => {
    let jobs = applyJobEvent({}, { type: 'done', jobId: 'j1', summary: { inserted: 2 } as ImportSummary });
    jobs = applyJobEvent(jobs, { type: 'track', jobId: 'j1', fileName: 'a.csv', at: 0 });
    expect(jobs.j1).toMatchObject({ status: 'done', fileName: 'a.csv' });
    expect(runningJobs(jobs)).toEqual([]);
  });

  it('ignores progress that arrives after the job finished', () => {
    let jobs = applyJobEvent({}, { type: 'progress', jobId: 'j', progress: progress('j', 50) });
    expect(jobFraction(jobs.j!)).toBe(0.5);
    jobs = applyJobEvent(jobs, { type: 'done', jobId: 'j', summary: {} as ImportSummary });
    jobs = applyJobEvent(jobs, { type: 'progress', jobId: 'j', progress: progress('j', 60) });
    expect(jobs.j!.status).toBe('done');
    expect(jobFraction(jobs.j!)).toBe(1);
  });

  it('estimates the time left from the pace so far', () => {
    let jobs = applyJobEvent({}, { type: 'track', jobId: 'j', fileName: 'a.csv', at: 0 });
    jobs = applyJobEvent(jobs, { type: 'progress', jobId: 'j', progress: progress('j', 25) });
    expect(secondsLeft(jobs.j!, 10_000)).toBe(30);
    expect(secondsLeft(jobs.j!, 500)).toBeNull();
    jobs = applyJobEvent(jobs, { type: 'progress', jobId: 'j', progress: progress('j', 1) });
    expect(secondsLeft(jobs.j!, 10_000)).toBeNull();
  });

  it('treats a CANCELLED failure as a cancellation', () => {
    const jobs = applyJobEvent({}, { type: 'failed', jobId: 'j', code: 'CANCELLED', message: 'stopped' });
    expect(jobs.j!.status).toBe('cancelled');
  });
});
