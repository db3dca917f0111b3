import type { ImportPreview } from '../../../../shared/domain/import';
import { Notice } from '../../components/Notice';
import { countOf } from '../../lib/format';

/** The reason often starts by repeating the format's name; show only the explanation. */
function reasonText(preview: ImportPreview): string {
  const prefix = `${preview.formatLabel}:`;
  const reason = preview.formatReason.startsWith(prefix) ? preview.formatReason.slice(prefix.length).trim() : preview.formatReason;
  return reason ? reason.charAt(0).toUpperCase() + reason.slice(1) : '';
}

/** What Tokscope recognised in the file, with the reason it gives, and anything to check first. */
export function DetectionSummary({ preview }: { preview: ImportPreview }) {
  const columns = preview.container === 'csv' ? countOf(preview.columns.length, 'column') : countOf(preview.columns.length, 'top-level key');
  return (
    <div className="stack">
      <div className="detected" data-testid="detected-format">
        <span className="detected__label">Detected format</span>
        <strong className="detected__value">{preview.formatLabel}</strong>
        <span className="detected__reason">
          {reasonText(preview)} · {columns}
        </span>
      </div>
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
