import { useRef, useState, type DragEvent } from 'react';

import { Icon } from '../../components/Icon';
import { getApi } from '../../api';
import { useStudyStore } from '../../stores/studyStore';
import { useImportStore } from './importStore';

/**
 * Where a file comes in: dropped, or chosen with a button (the button is the keyboard route). The
 * desktop app uses the system's file dialog; the browser uses its own file picker and uploads.
 */
export function DropZone() {
  const nativeDialogs = useStudyStore((s) => s.appInfo?.nativeDialogs ?? false);
  const chooseFile = useImportStore((s) => s.chooseFile);
  const choosePickedFile = useImportStore((s) => s.choosePickedFile);
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void chooseFile(file);
  };

  const onChoose = async () => {
    if (!nativeDialogs) {
      inputRef.current?.click();
      return;
    }
    const picked = await getApi().call('dialog.pickImportFile', {});
    if (picked.path) choosePickedFile({ path: picked.path, name: picked.name ?? picked.path, size: picked.size ?? 0 });
  };

  return (
    <div
      className={`dropzone${dragging ? ' dropzone--active' : ''}`}
      onDragEnter={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Icon name="import" size={32} />
      <p className="dropzone__title">Drop a data file here</p>
      <p className="dropzone__text">
        CSV, JSON or NDJSON exports from 4CAT, Zeeschuimer, the TikTok Research API, Apify and similar tools. Nothing is
        imported until you have checked the preview.
      </p>
      <button type="button" className="button button--primary" onClick={() => void onChoose()}>
        Choose file…
      </button>
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept=".csv,.tsv,.txt,.json,.ndjson,.jsonl,text/csv,application/json"
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void chooseFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
