/**
 * Handlers for analysis calls (see src/shared/api/analysisApi.ts). The desktop app and the
 * browser workbench answer them in the analysis worker (the in-memory frame of a large study
 * would block the main thread while it loads); the CLI runs them in-process.
 */
import type { analysisSchemas } from '../../shared/api/analysisApi';
import type { AppContext } from '../app/context';
import { ANALYSIS_CALLS, runAnalysisCall, type AnalysisChannel } from '../services/analysis/calls';
import type { HandlerSlice } from './types';

export function analysisHandlers(app: AppContext): HandlerSlice<keyof typeof analysisSchemas> {
  const slice = {} as Record<AnalysisChannel, (args: never) => unknown>;
  for (const channel of Object.keys(ANALYSIS_CALLS) as AnalysisChannel[]) {
    slice[channel] = (args: never) => {
      const db = app.session.db; // NO_STUDY when none is open
      if (app.analysisWorker) return app.analysisWorker.call(app.session.path!, channel, args);
      return runAnalysisCall(db, channel, args);
    };
  }
  return slice as unknown as HandlerSlice<keyof typeof analysisSchemas>;
}
