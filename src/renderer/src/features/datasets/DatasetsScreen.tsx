import { useEffect, useState } from 'react';

import type { DatasetInfo } from '../../../../shared/domain/study';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Spinner } from '../../components/Spinner';
import { getApi } from '../../api';
import { useStudyStore } from '../../stores/studyStore';
import { DatasetCard } from './DatasetCard';

/** The provenance of every dataset in the study, newest first. */
export function DatasetsScreen() {
  const hasStudy = useStudyStore((s) => s.study !== null);
  const dataVersion = useStudyStore((s) => s.dataVersion);
  const [datasets, setDatasets] = useState<DatasetInfo[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!hasStudy) return;
    let current = true;
    setError(null);
    getApi()
      .call('datasets.list', {})
      .then((list) => current && setDatasets([...list].sort((a, b) => b.startedAt.localeCompare(a.startedAt))))
      .catch((err: unknown) => current && setError(err));
    return () => {
      current = false;
    };
  }, [hasStudy, dataVersion, attempt]);

  if (!hasStudy) return <EmptyState title="Open a study first" />;
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
