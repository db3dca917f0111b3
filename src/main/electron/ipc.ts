/** The IPC transport: one invoke channel for calls, one push channel for events. */
import { ipcMain, type BrowserWindow } from 'electron';

import { IPC_CALL, IPC_EVENT } from '../../shared/api/ipcChannels';
import type { EventHub } from '../app/events';
import { dispatch } from '../handlers/dispatch';
import type { Handlers } from '../handlers/types';
import { isTrustedSender } from './security';

export function bindIpc(handlers: Handlers, events: EventHub, window: BrowserWindow, devServerUrl: string | undefined): () => void {
  ipcMain.handle(IPC_CALL, async (event, channel: unknown, args: unknown) => {
    if (!isTrustedSender(event.senderFrame, devServerUrl)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'IPC call from an untrusted frame was refused.' } };
    }
    return dispatch(handlers, channel, args);
  });
  const unsubscribe = events.subscribe((name, payload) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT, name, payload);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_CALL);
  };
}
