/** The one handler map every transport dispatches to. */
import type { AppContext } from '../app/context';
import { analysisHandlers } from './analysis';
import { coreHandlers } from './core';
import { networksHandlers } from './networks';
import type { Handlers } from './types';

export function createHandlers(app: AppContext): Handlers {
  return { ...coreHandlers(app), ...analysisHandlers(app), ...networksHandlers(app) } satisfies Handlers;
}
