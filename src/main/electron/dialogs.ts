/** Native file dialogs for the desktop app (the browser workbench asks for paths instead). */
import { dialog, type BrowserWindow } from 'electron';

import type { Dialogs } from '../app/context';

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async pickStudy(mode, defaultDir) {
      const win = window();
      const filters = [{ name: 'Tokscope study', extensions: ['tokscope'] }];
      if (mode === 'open') {
        const r = win
          ? await dialog.showOpenDialog(win, { properties: ['openFile'], filters, defaultPath: defaultDir })
          : await dialog.showOpenDialog({ properties: ['openFile'], filters, defaultPath: defaultDir });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      }
      const options = { filters, defaultPath: `${defaultDir}/New study.tokscope` };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : (r.filePath ?? null);
    },
    async pickImportFile() {
      const win = window();
      const options = {
        properties: ['openFile' as const],
        filters: [
          { name: 'Data files', extensions: ['csv', 'tsv', 'txt', 'json', 'ndjson', 'jsonl'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
