import type { Rejection } from '../../../shared/domain/import';
import { formatCount } from '../lib/format';

const SHOWN = 200;

/** Rejected records by line. Long lists are cut here; the CSV download has them all. */
export function RejectionsTable({ rejections, total }: { rejections: readonly Rejection[]; total?: number }) {
  const all = total ?? rejections.length;
  const shown = rejections.slice(0, SHOWN);
  return (
    <div className="stack stack--small">
      <div className="table-wrap table-wrap--scroll table-wrap--short">
        <table className="table table--compact" aria-label="Rejected records">
          <thead>
            <tr>
              <th scope="col" className="num rejections__line">
                Line
              </th>
              <th scope="col">Why it was rejected</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={`${r.line}-${i}`}>
                <td className="num mono">{r.line}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {all > shown.length && (
        <p className="muted small">
          Showing {formatCount(shown.length)} of {formatCount(all)}. Download the CSV for the full list.
        </p>
      )}
    </div>
  );
}
