import { ProgressBar } from '../components/ProgressBar';
import { formatPercent } from '../lib/format';
import { jobFraction, runningJobs } from '../stores/jobsLogic';
import { useJobsStore } from '../stores/jobsStore';
import { useNavStore } from '../stores/navStore';

/** Running imports, visible from every screen; clicking one goes to the Import screen. */
export function JobStatus() {
  const jobs = useJobsStore((s) => s.jobs);
  const go = useNavStore((s) => s.go);
  const running = runningJobs(jobs);
  if (running.length === 0) {
    return (
      <div className="jobstatus jobstatus--idle" aria-live="polite">
        No jobs running
      </div>
    );
  }
  return (
    <div className="jobstatus" aria-live="polite">
      {running.map((job) => {
        const fraction = jobFraction(job);
        return (
          <button type="button" key={job.jobId} className="jobstatus__job" onClick={() => go('import')}>
            <span className="jobstatus__text">
              Importing {job.fileName ?? 'file'}
              {fraction !== null && ` · ${formatPercent(fraction)}`}
            </span>
            <ProgressBar value={fraction} label={`Import of ${job.fileName ?? 'file'}`} size="small" />
          </button>
        );
      })}
    </div>
  );
}
