/** Handlers for network calls (see src/shared/api/networksApi.ts). */
import type { networksSchemas } from '../../shared/api/networksApi';
import type { AppContext } from '../app/context';
import type { HandlerSlice } from './types';

export function networksHandlers(_app: AppContext): HandlerSlice<keyof typeof networksSchemas> {
  return {};
}
