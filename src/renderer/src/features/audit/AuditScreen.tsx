import { useState } from 'react';

import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Spinner } from '../../components/Spinner';
import { getApi } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { useStudyStore } from '../../stores/studyStore';
import { detailsText } from './detailsText';

const LIMIT = 1000;

/** The study's audit log: every operation, newest first. */
export function AuditScreen() {
  const studyPath = useStudyStore((s) => s.study?.path ?? null);
  const dataVersion = useStudyStore((s) => s.dataVersion);
  const [attempt, setAttempt] = useState(0);
  const { data: entries, error } = useApiQuery(studyPath ? `${studyPath}|${dataVersion}|${attempt}` : null, () =>
    getApi().call('study.audit', { limit: LIMIT }),
  );

  if (!studyPath) return <EmptyState title="Open a study first" />;
  if (error !== null) return <ErrorNotice title="The log could not be loaded" error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!entries) return <Spinner label="Loading the log" />;
  if (entries.length === 0) return <EmptyState title="Nothing recorded yet" />;

  return (
    <div className="card card--flush">
      <div className="table-wrap">
        <table className="table audit">
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td className="mono">{e.action}</td>
                <td className="audit__details">{detailsText(e.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === LIMIT && <p className="muted small card__footnote">Showing the latest {LIMIT} entries.</p>}
    </div>
  );
}
