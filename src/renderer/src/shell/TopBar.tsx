import { StudyActions } from '../features/study/StudyActions';
import { useStudyStore } from '../stores/studyStore';
import { JobStatus } from './JobStatus';

export function TopBar() {
  const study = useStudyStore((s) => s.study);
  return (
    <header className="topbar">
      <div className="topbar__study">
        {study ? (
          <>
            <div className="topbar__name">
              {study.name}
              {study.isSample && <span className="badge badge--sample">Sample</span>}
            </div>
            <div className="topbar__path" title={study.path}>
              {study.path}
            </div>
          </>
        ) : (
          <div className="topbar__name topbar__name--none">No study open</div>
        )}
      </div>
      <JobStatus />
      <StudyActions />
    </header>
  );
}
