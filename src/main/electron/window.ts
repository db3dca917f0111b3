/** The main window with the hardened web preferences the security checklist asks for. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BrowserWindow } from 'electron';

import { appRoot } from '../app/paths';

import { hardenContents } from './security';

export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Tokscope',
    backgroundColor: '#f6f7f9',
    icon: path.join(appRoot(), 'resources', 'icon.png'),
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    },
  });
  hardenContents(window.webContents, devServerUrl);
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(path.join(here, '../renderer/index.html'));
  return window;
}
