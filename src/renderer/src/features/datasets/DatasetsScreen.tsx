import { useState } from 'react';

import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Spinner } from '../../components/Spinner';
import { getApi } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { useStudyStore } from '../../stores/studyStore';
import { DatasetCard } from './DatasetCard';

/** The provenance of every dataset in the study, newest first. */
export function DatasetsScreen() {
  const studyPath = useStudyStore((s) => s.study?.path ?? null);
  const dataVersion = useStudyStore((s) => s.dataVersion);
  const [attempt, setAttempt] = useState(0);
  const { data: datasets, error } = useApiQuery(studyPath ? `${studyPath}|${dataVersion}|${attempt}` : null, async () => {
    const list = await getApi().call('datasets.list', {});
    return [...list].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  });

  if (!studyPath) return <EmptyState title="Open a study first" />;
  if (error !== null) return <ErrorNotice title="The datasets could not be loaded" error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!datasets) return <Spinner label="Loading datasets" />;
  if (datasets.length === 0) {
    return <EmptyState title="No datasets yet">Every file you import becomes a dataset with its provenance here.</EmptyState>;
  }
  return (
    <div className="stack stack--large" data-testid="datasets">
      {datasets.map((d) => (
        <DatasetCard key={d.id} dataset={d} />
      ))}
    </div>
  );
}
