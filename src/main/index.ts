/**
 * Electron entry (thin): lifecycle, hardening, the window and the IPC transport. All domain work
 * lives in plain Node modules shared with the CLI and the browser workbench.
 */
import { app, BrowserWindow } from 'electron';

import { createApp } from './app/createApp';
import { ensureSampleStudy } from './app/sampleStudy';
import { electronDialogs } from './electron/dialogs';
import { bindIpc } from './electron/ipc';
import { hardenSession } from './electron/security';
import { createMainWindow } from './electron/window';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second instance would open a second connection to the same study: focus the first instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.enableSandbox();
  void app.whenReady().then(async () => {
    hardenSession();
    const tokscope = createApp({
      transport: 'electron',
      actor: 'app',
      dataDir: app.getPath('userData'),
      dialogs: electronDialogs(() => mainWindow),
    });
    try {
      tokscope.context.session.open(await ensureSampleStudy(tokscope.context.paths), 'app');
    } catch (err) {
      console.error(`[tokscope] could not open the sample study: ${(err as Error).message}`);
    }
    mainWindow = createMainWindow(devServerUrl);
    const unbind = bindIpc(tokscope.handlers, tokscope.context.events, mainWindow, devServerUrl);
    mainWindow.on('closed', () => {
      unbind();
      mainWindow = null;
    });
    app.on('before-quit', () => void tokscope.shutdown());
  });
  app.on('window-all-closed', () => app.quit());
}
