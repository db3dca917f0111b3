/** Handlers for study, import, dataset and post calls. */
import fs from 'node:fs';
import path from 'node:path';

import { ApiError } from '../../shared/api/result';
import { TOOL_VERSION } from '../../shared/version';
import type { AppContext } from '../app/context';
import { readRecent, rememberStudy } from '../app/recent';
import { ensureSampleStudy } from '../app/sampleStudy';
import { listAudit } from '../db/repositories/audit';
import { listDatasets, listRejections } from '../db/repositories/datasets';
import { deletePreset, listPresets, savePreset } from '../db/repositories/presets';
import { getPost, queryPosts, suggest } from '../db/repositories/postsReader';
import { previewImport } from '../services/import/preview';
import type { HandlerSlice } from './types';
import type { coreSchemas } from '../../shared/api/coreApi';

type CoreChannel = keyof typeof coreSchemas;

function timezones(): string[] {
  const list = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return ['UTC', ...list.filter((z) => z !== 'UTC')];
}

export function coreHandlers(app: AppContext): HandlerSlice<CoreChannel> {
  const opened = (info: ReturnType<AppContext['session']['info']>) => {
    rememberStudy(app.paths.dataDir, { path: info.path, name: info.name });
    app.events.emit('study.changed', info);
    return info;
  };
  const requireIdle = () => {
    if (app.jobs.running > 0) throw new ApiError('CONFLICT', 'An import is running. Wait for it to finish or cancel it first.');
  };

  return {
    'app.info': () => ({
      version: TOOL_VERSION,
      transport: app.transport === 'electron' ? 'electron' : 'http',
      nativeDialogs: app.dialogs !== null,
      defaultStudyDir: app.paths.defaultStudyDir,
      timezones: timezones(),
    }),
    'study.info': () => (app.session.isOpen() ? app.session.info() : null),
    'study.open': ({ path: file }) => {
      requireIdle();
      return opened(app.session.open(file, app.actor));
    },
    'study.create': ({ path: file, name }) => {
      requireIdle();
      const target = path.extname(file) ? file : `${file}.tokscope`;
      return opened(app.session.create(target, app.actor, name));
    },
    'study.openSample': async () => {
      requireIdle();
      const file = await ensureSampleStudy(app.paths);
      return opened(app.session.open(file, app.actor));
    },
    'study.recent': () => readRecent(app.paths.dataDir),
    'study.audit': ({ limit }) => listAudit(app.session.db, limit),
    'dialog.pickStudy': async ({ mode }) => {
      if (!app.dialogs) throw new ApiError('UNSUPPORTED', 'File dialogs exist only in the desktop app; type a path instead.');
      return { path: await app.dialogs.pickStudy(mode, app.paths.defaultStudyDir) };
    },
    'dialog.pickImportFile': async () => {
      if (!app.dialogs) throw new ApiError('UNSUPPORTED', 'File dialogs exist only in the desktop app; drop the file instead.');
      const file = await app.dialogs.pickImportFile();
      if (!file) return { path: null, name: null, size: null };
      return { path: file, name: path.basename(file), size: fs.statSync(file).size };
    },
    'import.preview': (options) => previewImport(options),
    'import.start': (options) => {
      const studyPath = app.session.path;
      if (!studyPath) throw new ApiError('NO_STUDY', 'Open or create a study before importing.');
      const { jobId, done } = app.jobs.start(studyPath, options, app.actor);
      done.then(
        () => app.events.emit('study.changed', app.session.isOpen() ? app.session.info() : null),
        () => undefined,
      );
      return { jobId };
    },
    'import.cancel': ({ jobId }) => ({ cancelled: app.jobs.cancel(jobId) }),
    'import.status': ({ jobId }) => app.jobs.status(jobId),
    'import.presets': () => listPresets(app.session.db),
    'import.savePreset': ({ name, mapping }) => savePreset(app.session.db, name, mapping),
    'import.deletePreset': ({ name }) => ({ deleted: deletePreset(app.session.db, name) }),
    'datasets.list': () => listDatasets(app.session.db),
    'datasets.rejections': ({ datasetId }) => listRejections(app.session.db, datasetId),
    'posts.query': (q) => queryPosts(app.session.db, q),
    'posts.get': ({ id }) => getPost(app.session.db, id),
    'posts.suggest': ({ kind, prefix, limit }) => suggest(app.session.db, kind, prefix, limit),
  };
}
