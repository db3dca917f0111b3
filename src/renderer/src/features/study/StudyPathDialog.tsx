import { useEffect, useId, useState, type FormEvent } from 'react';

import type { RecentStudy } from '../../../../shared/domain/study';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { getApi } from '../../api';
import { formatDateTime } from '../../lib/format';
import { useStudyStore } from '../../stores/studyStore';
import { joinPath, studyFileName, withStudyExtension } from './studyPath';

interface StudyPathDialogProps {
  mode: 'open' | 'create' | null;
  onClose: () => void;
}

/**
 * The browser workbench cannot show the system's file dialog for a path on the server's disk, so
 * the researcher types (or picks from recent studies) the path of the study file.
 */
export function StudyPathDialog({ mode, onClose }: StudyPathDialogProps) {
  const appInfo = useStudyStore((s) => s.appInfo);
  const openStudy = useStudyStore((s) => s.openStudy);
  const createStudy = useStudyStore((s) => s.createStudy);
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [recent, setRecent] = useState<RecentStudy[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [shownMode, setShownMode] = useState<typeof mode>(null);
  const nameId = useId();
  const pathId = useId();

  // Each time the dialog opens it starts from the default location, with no old error.
  if (mode !== shownMode) {
    setShownMode(mode);
    if (mode) {
      const dir = appInfo?.defaultStudyDir ?? '';
      setName(mode === 'create' ? 'New study' : '');
      setPath(joinPath(dir, mode === 'create' ? studyFileName('New study') : ''));
      setError(null);
    }
  }

  useEffect(() => {
    if (mode !== 'open') return;
    let current = true;
    getApi()
      .call('study.recent', {})
      .then((list) => current && setRecent(list))
      .catch(() => current && setRecent([]));
    return () => {
      current = false;
    };
  }, [mode]);

  const onNameChange = (value: string) => {
    // Keep the file name in step with the study name until the user edits the path by hand.
    const dir = appInfo?.defaultStudyDir ?? '';
    if (path === joinPath(dir, studyFileName(name))) setPath(joinPath(dir, studyFileName(value)));
    setName(value);
  };

  const submit = async (target: string) => {
    setBusy(true);
    setError(null);
    try {
      const full = withStudyExtension(target);
      if (mode === 'create') await createStudy(full, name.trim() || undefined);
      else await openStudy(full);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void submit(path);
  };

  const title = mode === 'create' ? 'Create a new study' : 'Open a study';
  return (
    <Modal
      title={title}
      open={mode !== null}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="study-path-form" className="button button--primary" disabled={busy || !path.trim()}>
            {busy ? 'Working…' : mode === 'create' ? 'Create study' : 'Open study'}
          </button>
        </>
      }
    >
      <form id="study-path-form" className="stack" onSubmit={onSubmit}>
        {mode === 'create' && (
          <Field label="Study name" htmlFor={nameId}>
            <input id={nameId} className="input" value={name} onChange={(e) => onNameChange(e.target.value)} autoFocus />
          </Field>
        )}
        <Field
          label="Study file"
          htmlFor={pathId}
          hint={`A study is one file ending in .tokscope on this computer. Copying the file copies the whole study.`}
        >
          <input
            id={pathId}
            className="input input--mono"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            spellCheck={false}
            autoFocus={mode === 'open'}
          />
        </Field>
        {mode === 'open' && recent.length > 0 && (
          <div className="recent">
            <div className="field__label">Recent studies</div>
            <ul className="recent__list">
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" className="recent__item" onClick={() => void submit(r.path)} disabled={busy}>
                    <span className="recent__name">{r.name}</span>
                    <span className="recent__path">{r.path}</span>
                    <span className="recent__when">Opened {formatDateTime(r.openedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {error !== null && <ErrorNotice title={`Could not ${mode === 'create' ? 'create' : 'open'} the study`} error={error} />}
      </form>
    </Modal>
  );
}
