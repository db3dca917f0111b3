import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useJobsStore } from '../../stores/jobsStore';
import { useStudyStore } from '../../stores/studyStore';
import { DropZone } from './DropZone';
import { ImportOutcome } from './ImportOutcome';
import { PreviewSections } from './PreviewSections';
import { UploadCard } from './UploadCard';
import { useImportStore } from './importStore';

/** Choose a file → check the preview → import → read the summary. */
export function ImportScreen() {
  const hasStudy = useStudyStore((s) => s.study !== null);
  const source = useImportStore((s) => s.source);
  const uploading = useImportStore((s) => s.uploading);
  const uploadError = useImportStore((s) => s.uploadError);
  const jobId = useImportStore((s) => s.jobId);
  const starting = useImportStore((s) => s.starting);
  const job = useJobsStore((s) => (jobId ? (s.jobs[jobId] ?? null) : null));

  if (!hasStudy) {
    return <EmptyState title="Open a study first">Imported posts are stored in a study. Create or open one at the top.</EmptyState>;
  }
  if (jobId || starting) return <ImportOutcome job={job} />;
  if (uploading) return <UploadCard name={uploading.name} fraction={uploading.fraction} />;
  if (!source) {
    return (
      <div className="stack">
        <DropZone />
        {uploadError !== null && <ErrorNotice title="The file could not be sent to Tokscope" error={uploadError} />}
      </div>
    );
  }
  return <PreviewSections />;
}
