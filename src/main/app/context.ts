/** Everything a handler may use, built once per process by the composition root. */
import type { AnalysisWorker } from './analysisWorker';
import type { EventHub } from './events';
import type { ImportJobs } from './importJobs';
import type { AppPaths } from './paths';
import type { StudySession } from './studySession';

/** Native dialogs exist only in the desktop app. */
export interface Dialogs {
  pickStudy(mode: 'open' | 'create', defaultDir: string): Promise<string | null>;
  pickImportFile(): Promise<string | null>;
}

export interface AppContext {
  transport: 'electron' | 'http' | 'cli';
  /** Recorded in the audit log ("app", "cli", "workbench"). */
  actor: string;
  session: StudySession;
  jobs: ImportJobs;
  events: EventHub;
  paths: AppPaths;
  dialogs: Dialogs | null;
  /** Answers analysis calls off the main thread; null runs them in-process (CLI). */
  analysisWorker: AnalysisWorker | null;
}
