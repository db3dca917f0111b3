import type { ReactNode } from 'react';

import { toCsv } from '../../lib/csv';
import { downloadText, safeFileName } from '../../lib/download';

export interface Column<R> {
  label: string;
  /** Display cell. */
  cell: (row: R) => ReactNode;
  /** The number or text written to CSV. */
  value: (row: R) => string | number | null;
  numeric?: boolean;
}

interface DataTableProps<R> {
  title: string;
  caption: readonly string[];
  columns: ReadonlyArray<Column<R>>;
  rows: readonly R[];
  rowKey: (row: R) => string;
  fileName: string;
  onRowClick?: (row: R) => void;
  rowActionLabel?: (row: R) => string;
  controls?: ReactNode;
  note?: ReactNode;
}

/** A table with its caption and a CSV of exactly the numbers shown (spreadsheet-safe). */
export function DataTable<R>({ title, caption, columns, rows, rowKey, fileName, onRowClick, rowActionLabel, controls, note }: DataTableProps<R>) {
  const exportCsv = () =>
    downloadText(
      safeFileName(fileName, 'csv'),
      toCsv(
        columns.map((c) => c.label),
        rows.map((r) => columns.map((c) => c.value(r))),
      ),
    );
  return (
    <section className="card analysis-table">
      <div className="analysis-figure__head">
        <h3 className="card__title">{title}</h3>
        {controls && <div className="analysis-figure__controls">{controls}</div>}
      </div>
      {note}
      <div className="table-wrap table-wrap--scroll analysis-table__wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} className={c.numeric ? 'num' : undefined} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c, i) => (
                  <td key={c.label} className={c.numeric ? 'num' : undefined}>
                    {i === 0 && onRowClick ? (
                      <button type="button" className="link-button" onClick={() => onRowClick(row)} title={rowActionLabel?.(row)}>
                        {c.cell(row)}
                      </button>
                    ) : (
                      c.cell(row)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="analysis-caption">{caption.slice(1).join(' ')}</p>
      <div className="analysis-figure__exports">
        <button type="button" className="button button--quiet" onClick={exportCsv} disabled={rows.length === 0}>
          CSV
        </button>
      </div>
    </section>
  );
}
