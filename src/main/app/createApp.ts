/** Composition root (no Electron here): builds the context and the handler map for one process. */
import { createHandlers } from '../handlers';
import type { Handlers } from '../handlers/types';
import { AnalysisWorker } from './analysisWorker';
import type { AppContext, Dialogs } from './context';
import { EventHub } from './events';
import { ImportJobs } from './importJobs';
import { resolveAppPaths } from './paths';
import { StudySession } from './studySession';

export interface CreateAppOptions {
  transport: AppContext['transport'];
  actor: string;
  dataDir?: string;
  dialogs?: Dialogs | null;
}

export interface App {
  context: AppContext;
  handlers: Handlers;
  shutdown(): Promise<void>;
}

export function createApp(options: CreateAppOptions): App {
  const events = new EventHub();
  const context: AppContext = {
    transport: options.transport,
    actor: options.actor,
    session: new StudySession(),
    jobs: new ImportJobs(events),
    events,
    paths: resolveAppPaths(options.dataDir),
    dialogs: options.dialogs ?? null,
    analysisWorker: options.transport === 'cli' ? null : new AnalysisWorker(),
  };
  return {
    context,
    handlers: createHandlers(context),
    shutdown: async () => {
      await context.jobs.stopAll();
      await context.analysisWorker?.stop();
      context.session.close();
    },
  };
}
