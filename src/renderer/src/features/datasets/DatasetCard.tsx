import type { DatasetInfo, DatasetKind } from '../../../../shared/domain/study';
import { CopyableHash } from '../../components/CopyableHash';
import { DefinitionGrid } from '../../components/DefinitionGrid';
import { DownloadRejectionsButton } from '../../components/DownloadRejectionsButton';
import { Notice } from '../../components/Notice';
import { DASH, countOf, formatBytes, formatCount, formatDateTime } from '../../lib/format';
import type { MappableField } from '../../../../shared/domain/import';
import { CONTAINER_LABELS, ENCODING_LABELS, FIELD_LABELS, delimiterLabel, formatLabel } from '../import/fieldLabels';

const KIND_LABELS: Record<DatasetKind, string> = {
  file: 'File import',
  collection: 'API collection',
  donation: 'Data donation',
  sample: 'Sample data',
};

/** One dataset's provenance: where it came from, how it was read, and what it changed. */
export function DatasetCard({ dataset: d }: { dataset: DatasetInfo }) {
  const counts: Array<[string, number]> = [
    ['Read', d.rowsRead],
    ['Inserted', d.inserted],
    ['Updated', d.updated],
    ['Unchanged', d.unchanged],
    ['Rejected', d.rejected],
    ['Posts now', d.postCount],
  ];
  return (
    <section className="card dataset" aria-labelledby={`dataset-${d.id}`}>
      <header className="dataset__header">
        <h2 id={`dataset-${d.id}`} className="card__title">
          {d.label}
        </h2>
        <span className="badge">{KIND_LABELS[d.kind] ?? d.kind}</span>
        {d.status === 'failed' && <span className="badge badge--bad">Failed</span>}
        <span className="muted small dataset__when">
          {formatDateTime(d.finishedAt ?? d.startedAt)}
        </span>
      </header>
      <table className="table table--compact dataset__counts">
        <thead>
          <tr>
            {counts.map(([label]) => (
              <th key={label} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {counts.map(([label, value]) => (
              <td key={label} className={`num${label === 'Rejected' && value > 0 ? ' text-bad' : ''}`}>
                {formatCount(value)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <DefinitionGrid
        columns={3}
        items={[
          { term: 'Source file', value: d.sourceName ?? (d.query ? 'API query' : DASH) },
          { term: 'File size', value: formatBytes(d.sourceSize) },
          { term: 'SHA-256', value: <CopyableHash value={d.sourceSha256} /> },
          { term: 'Format', value: formatLabel(d.format) },
          { term: 'File type', value: d.container ? CONTAINER_LABELS[d.container] : DASH },
          { term: 'Encoding', value: d.encoding ? ENCODING_LABELS[d.encoding] : DASH },
          { term: 'Delimiter', value: d.container === 'csv' ? delimiterLabel(d.delimiter) : DASH },
          { term: 'Zone-less times read as', value: d.timeAssumption ?? 'None seen' },
          { term: 'Tokscope version', value: d.toolVersion },
          { term: 'Started', value: formatDateTime(d.startedAt) },
          { term: 'Finished', value: formatDateTime(d.finishedAt) },
          { term: 'Dataset id', value: <span className="mono">{d.id}</span> },
        ]}
      />
      {d.mapping && Object.keys(d.mapping).length > 0 && (
        <details className="dataset__query">
          <summary>Column mapping ({Object.keys(d.mapping).length} fields)</summary>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Tokscope field</th>
                <th scope="col">Column in the file</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(d.mapping).map(([field, column]) => (
                <tr key={field}>
                  <td>{FIELD_LABELS[field as MappableField] ?? field}</td>
                  <td className="mono">{column}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {d.query !== null && d.query !== undefined && (
        <details className="dataset__query">
          <summary>Query</summary>
          <pre className="raw">{JSON.stringify(d.query, null, 2)}</pre>
        </details>
      )}
      {d.warnings.length > 0 && (
        <Notice tone="warning" title="Warnings">
          <ul className="plain-list">
            {d.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      )}
      {d.rejected > 0 && (
        <div className="card__actions">
          <DownloadRejectionsButton datasetId={d.id} fileBase={d.sourceName ?? d.label} />
          <span className="muted small">
            {countOf(d.rejected, 'record was', 'records were')} not imported; the CSV lists each line and why.
          </span>
        </div>
      )}
    </section>
  );
}
