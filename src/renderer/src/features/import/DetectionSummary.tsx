import type { ImportPreview } from '../../../../shared/domain/import';
import { DefinitionGrid } from '../../components/DefinitionGrid';
import { Notice } from '../../components/Notice';
import { formatBytes } from '../../lib/format';
import { CONTAINER_LABELS, ENCODING_LABELS, delimiterLabel } from './fieldLabels';

/** What Tokscope recognised in the file, each with the reason it gives. */
export function DetectionSummary({ preview }: { preview: ImportPreview }) {
  return (
    <div className="stack">
      <div className="detected" data-testid="detected-format">
        <span className="detected__label">Detected format</span>
        <strong className="detected__value">{preview.formatLabel}</strong>
        <span className="detected__reason">{preview.formatReason}</span>
      </div>
      <DefinitionGrid
        columns={3}
        items={[
          {
            term: 'Encoding',
            value: (
              <>
                {ENCODING_LABELS[preview.encoding]}
                <span className="definitions__note">{preview.encodingReason}</span>
              </>
            ),
          },
          { term: 'File type', value: CONTAINER_LABELS[preview.container] },
          { term: 'Delimiter', value: delimiterLabel(preview.delimiter) },
          { term: 'Columns', value: preview.container === 'csv' ? preview.columns.length : `${preview.columns.length} top-level keys` },
          { term: 'File size', value: formatBytes(preview.fileSize) },
        ]}
      />
      {preview.warnings.length > 0 && (
        <Notice tone="warning" title="Check before importing">
          <ul className="plain-list">
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      )}
    </div>
  );
}
