import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { Spinner } from '../../components/Spinner';
import { formatBytes } from '../../lib/format';
import { useStudyStore } from '../../stores/studyStore';
import { DetectionSummary } from './DetectionSummary';
import { MappingTable } from './MappingTable';
import { ReadingOptions } from './ReadingOptions';
import { SamplePreview } from './SamplePreview';
import { useImportStore } from './importStore';
import { previewProblem } from './logic';

/** The checks before an import: what was detected, how to read it, the mapping and the first rows. */
export function PreviewSections() {
  const studyName = useStudyStore((s) => s.study?.name ?? 'the study');
  const source = useImportStore((s) => s.source);
  const preview = useImportStore((s) => s.preview);
  const loading = useImportStore((s) => s.previewLoading);
  const error = useImportStore((s) => s.previewError);
  const start = useImportStore((s) => s.start);
  const startOver = useImportStore((s) => s.startOver);
  const resetOverrides = useImportStore((s) => s.resetOverrides);
  if (!source) return null;

  const canImport = preview !== null && !loading && error === null;
  const problem = preview ? previewProblem(preview) : null;
  return (
    <div className="stack stack--large import-preview">
      <div className="filebar">
        <div>
          <div className="filebar__name">{source.name}</div>
          <div className="muted small">{formatBytes(source.size)}</div>
        </div>
        <div className="filebar__status" aria-live="polite">
          {loading && <Spinner label={preview ? 'Updating the preview' : 'Reading the start of the file'} />}
        </div>
        <button type="button" className="button button--quiet" onClick={startOver}>
          Choose another file
        </button>
      </div>

      {error !== null && (
        <ErrorNotice title="Tokscope could not read this file with these settings" error={error} onRetry={resetOverrides} />
      )}

      {preview && (
        <>
          <section className="card" aria-labelledby="preview-reading">
            <h2 id="preview-reading" className="card__title">
              How Tokscope will read this file
            </h2>
            <DetectionSummary preview={preview} />
            {problem && (
              <Notice tone="warning" title="This file may not import as expected">
                {problem}
              </Notice>
            )}
            <ReadingOptions preview={preview} />
          </section>
          <section className="card" aria-labelledby="preview-rows">
            <h2 id="preview-rows" className="card__title">
              Preview of the first rows
            </h2>
            <SamplePreview preview={preview} />
          </section>
          {preview.container === 'csv' && (
            <section className="card" aria-labelledby="preview-mapping">
              <h2 id="preview-mapping" className="card__title">
                Column mapping
              </h2>
              <MappingTable preview={preview} />
            </section>
          )}
        </>
      )}

      <div className="actionbar">
        <span className="muted">
          {!canImport
            ? 'Waiting for the preview…'
            : problem || preview.warnings.length > 0
              ? 'You can still import; rejected records are listed afterwards.'
              : `Ready to import into “${studyName}”.`}
        </span>
        <button type="button" className="button button--primary button--large" onClick={() => void start()} disabled={!canImport}>
          Start import
        </button>
      </div>
    </div>
  );
}
