import { useState } from 'react';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Modal } from '../../components/Modal';
import { getApi } from '../../api';
import { useStudyStore } from '../../stores/studyStore';
import { StudyPathDialog } from './StudyPathDialog';

/** New / Open / Sample study. The desktop app uses the system's file dialog; the browser asks for a path. */
export function StudyActions() {
  const appInfo = useStudyStore((s) => s.appInfo);
  const openStudy = useStudyStore((s) => s.openStudy);
  const createStudy = useStudyStore((s) => s.createStudy);
  const openSample = useStudyStore((s) => s.openSample);
  const [dialog, setDialog] = useState<'open' | 'create' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const choose = (mode: 'open' | 'create') => {
    if (!appInfo?.nativeDialogs) {
      setDialog(mode);
      return;
    }
    void run(async () => {
      const { path } = await getApi().call('dialog.pickStudy', { mode });
      if (!path) return;
      if (mode === 'create') await createStudy(path);
      else await openStudy(path);
    });
  };

  return (
    <div className="topbar__actions">
      <button type="button" className="button" onClick={() => choose('create')} disabled={busy}>
        New study
      </button>
      <button type="button" className="button" onClick={() => choose('open')} disabled={busy}>
        Open study
      </button>
      <button type="button" className="button button--quiet" onClick={() => void run(openSample)} disabled={busy}>
        Sample study
      </button>
      <StudyPathDialog mode={dialog} onClose={() => setDialog(null)} />
      <Modal title="The study could not be opened" open={error !== null} onClose={() => setError(null)}>
        <ErrorNotice title="Tokscope could not open or create the study" error={error} />
      </Modal>
    </div>
  );
}
