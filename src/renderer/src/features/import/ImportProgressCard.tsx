import { useEffect, useState } from 'react';

import type { ImportPhase } from '../../../../shared/domain/import';
import { ProgressBar } from '../../components/ProgressBar';
import { Stat } from '../../components/Stat';
import { formatBytes, formatCount, formatPercent, formatTimeLeft } from '../../lib/format';
import { jobFraction, secondsLeft, type Job } from '../../stores/jobsLogic';
import { useImportStore } from './importStore';

const PHASE_TEXT: Record<ImportPhase, string> = {
  reading: 'Reading and checking records',
  indexing: 'Updating the study’s indexes',
  committing: 'Saving to the study',
  done: 'Finished',
  cancelled: 'Cancelled',
  failed: 'Failed',
};

/** A running import: how much of the file is read, what was found so far, and a way to stop. */
export function ImportProgressCard({ job }: { job: Job | null }) {
  const cancel = useImportStore((s) => s.cancel);
  const fileName = useImportStore((s) => s.source?.name ?? 'file');
  const [cancelling, setCancelling] = useState(false);
  const progress = job?.progress ?? null;
  const fraction = job ? jobFraction(job) : null;
  const now = useNow(1000);
  const left = job ? secondsLeft(job, now) : null;

  return (
    <section className="card" aria-labelledby="import-progress-title" data-testid="import-progress">
      <h2 id="import-progress-title" className="card__title">
        Importing {fileName}
      </h2>
      <p className="muted">
        {progress ? PHASE_TEXT[progress.phase] : 'Starting…'}
        {fraction !== null && ` · ${formatPercent(fraction)}`}
        {left !== null && ` · ${formatTimeLeft(left)}`}
      </p>
      <ProgressBar value={fraction} label={`Import of ${fileName}`} />
      <div className="stats stats--compact">
        <Stat
          label="Read"
          value={progress ? `${formatBytes(progress.bytesRead)} of ${formatBytes(progress.totalBytes)}` : '—'}
        />
        <Stat label="Records read" value={formatCount(progress?.rowsRead ?? 0)} />
        <Stat label="Rejected so far" value={formatCount(progress?.rejected ?? 0)} tone={progress?.rejected ? 'warn' : 'default'} />
      </div>
      <div className="card__actions">
        <button
          type="button"
          className="button"
          disabled={!job || cancelling}
          onClick={() => {
            setCancelling(true);
            void cancel().catch(() => setCancelling(false));
          }}
        >
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
        <span className="muted small">Cancelling leaves the study exactly as it was before.</span>
      </div>
    </section>
  );
}

/** The current time, refreshed every `intervalMs` so estimates keep moving between progress events. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
