import { useState } from 'react';

import type { Rejection } from '../../../shared/domain/import';
import { getApi } from '../api';
import { rejectionsCsv } from '../lib/csv';
import { downloadText, safeFileName } from '../lib/download';
import { describeError } from '../lib/errors';

interface DownloadRejectionsButtonProps {
  datasetId: number | null;
  /** Used when the dataset's full list cannot be fetched (or there is no dataset yet). */
  fallback?: readonly Rejection[];
  fileBase: string;
}

/** Writes the rejections as a spreadsheet-safe CSV in the browser and downloads it. */
export function DownloadRejectionsButton({ datasetId, fallback = [], fileBase }: DownloadRejectionsButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const rejections = datasetId === null ? fallback : await getApi().call('datasets.rejections', { datasetId });
      downloadText(safeFileName(`${fileBase}-rejections`, 'csv'), rejectionsCsv(rejections));
    } catch (err) {
      if (fallback.length) downloadText(safeFileName(`${fileBase}-rejections`, 'csv'), rejectionsCsv(fallback));
      else setError(describeError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="inline-action">
      <button type="button" className="button" onClick={() => void download()} disabled={busy}>
        {busy ? 'Preparing…' : 'Download rejections (CSV)'}
      </button>
      {error && (
        <span className="inline-action__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
