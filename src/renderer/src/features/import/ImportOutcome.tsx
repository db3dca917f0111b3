import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import type { Job } from '../../stores/jobsLogic';
import { ImportProgressCard } from './ImportProgressCard';
import { ImportSummaryCard } from './ImportSummaryCard';
import { useImportStore } from './importStore';

/** The started import: progress while it runs, then its summary, failure or cancellation. */
export function ImportOutcome({ job }: { job: Job | null }) {
  const startError = useImportStore((s) => s.startError);
  const backToPreview = useImportStore((s) => s.backToPreview);
  const startOver = useImportStore((s) => s.startOver);

  if (startError !== null) {
    return <ErrorNotice title="The import could not start" error={startError} onRetry={backToPreview} />;
  }
  if (!job || job.status === 'running') return <ImportProgressCard job={job} />;
  if (job.status === 'done' && job.summary) return <ImportSummaryCard summary={job.summary} />;

  const actions = (
    <div className="card__actions">
      <button type="button" className="button button--primary" onClick={backToPreview}>
        Back to the preview
      </button>
      <button type="button" className="button button--quiet" onClick={startOver}>
        Choose another file
      </button>
    </div>
  );
  if (job.status === 'cancelled') {
    return (
      <div className="stack">
        <Notice title="Import cancelled">Nothing from this file was added to the study.</Notice>
        {actions}
      </div>
    );
  }
  return (
    <div className="stack">
      <ErrorNotice
        title="The import failed — nothing was added to the study"
        error={new Error(job.error?.message ?? 'The import stopped unexpectedly.')}
      />
      {actions}
    </div>
  );
}
