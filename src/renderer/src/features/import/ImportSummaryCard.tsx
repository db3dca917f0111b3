import type { ImportSummary } from '../../../../shared/domain/import';
import { DownloadRejectionsButton } from '../../components/DownloadRejectionsButton';
import { Notice } from '../../components/Notice';
import { RejectionsTable } from '../../components/RejectionsTable';
import { Stat } from '../../components/Stat';
import { formatCount, formatDuration } from '../../lib/format';
import { useNavStore } from '../../stores/navStore';
import { ENCODING_LABELS, formatLabel } from './fieldLabels';
import { useImportStore } from './importStore';

/** What an import did, in numbers a methods section can quote. */
export function ImportSummaryCard({ summary }: { summary: ImportSummary }) {
  const go = useNavStore((s) => s.go);
  const startOver = useImportStore((s) => s.startOver);
  const missing = Object.entries(summary.missingCounts).filter(([, n]) => n > 0);

  return (
    <section className="card" aria-labelledby="import-summary-title" data-testid="import-summary">
      <h2 id="import-summary-title" className="card__title">
        Import finished: {summary.file}
      </h2>
      <p className="muted">
        {formatLabel(summary.format)} · {ENCODING_LABELS[summary.encoding]} · took {formatDuration(summary.seconds)}
      </p>
      <div className="stats">
        <Stat label="Records read" value={formatCount(summary.rowsRead)} />
        <Stat label="Inserted" value={formatCount(summary.inserted)} tone="good" detail="new posts" />
        <Stat label="Updated" value={formatCount(summary.updated)} detail="already in the study, changed" />
        <Stat label="Unchanged" value={formatCount(summary.unchanged)} detail="already in the study" />
        <Stat label="Rejected" value={formatCount(summary.rejected)} tone={summary.rejected ? 'bad' : 'default'} detail="not imported" />
      </div>
      <ul className="facts">
        <li>
          <strong>Time zone:</strong>{' '}
          {summary.timeAssumption
            ? `timestamps without a zone were read as ${summary.timeAssumption}.`
            : 'every timestamp carried its own zone (or there were none).'}
        </li>
        {missing.length > 0 && (
          <li>
            <strong>Missing counts:</strong> {missing.map(([field, n]) => `${field} ${formatCount(n)}`).join(', ')} (stored
            as missing, not zero).
          </li>
        )}
      </ul>
      {summary.warnings.length > 0 && (
        <Notice tone="warning" title="Warnings">
          <ul className="plain-list">
            {summary.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      )}
      {summary.rejected > 0 && (
        <div className="stack stack--small">
          <h3 className="section-title">Rejected records</h3>
          <RejectionsTable rejections={summary.rejections} total={summary.rejected} />
          <div>
            <DownloadRejectionsButton datasetId={summary.datasetId} fallback={summary.rejections} fileBase={summary.file} />
          </div>
        </div>
      )}
      <div className="card__actions">
        <button type="button" className="button button--primary" onClick={() => go('posts')}>
          Browse posts
        </button>
        <button type="button" className="button" onClick={() => go('datasets')}>
          See provenance
        </button>
        <button type="button" className="button button--quiet" onClick={startOver}>
          Import another file
        </button>
      </div>
    </section>
  );
}
