import { Option } from 'commander';

import { createApp, type App } from '../app/createApp';

export const studyOption = () => new Option('--study <file>', 'the study file (.tokscope)').makeOptionMandatory();

/** Opens a CLI app on a study; `create` makes the file when it does not exist yet. */
export function openCliStudy(file: string, create = false): App {
  const app = createApp({ transport: 'cli', actor: 'cli' });
  if (create) app.context.session.openOrCreate(file, 'cli');
  else app.context.session.open(file, 'cli');
  return app;
}
