/** Handlers for analysis calls (see src/shared/api/analysisApi.ts). */
import type { analysisSchemas } from '../../shared/api/analysisApi';
import type { AppContext } from '../app/context';
import type { HandlerSlice } from './types';

export function analysisHandlers(_app: AppContext): HandlerSlice<keyof typeof analysisSchemas> {
  return {};
}
