/**
 * The sandboxed preload: exposes exactly { call, on, pathForFile } as window.tokscope. Channels
 * and event names are checked against the contract's allowlists before anything crosses.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';

import { isChannel } from '../shared/api/contract';
import { EVENT_NAMES } from '../shared/api/events';
import { IPC_CALL, IPC_EVENT } from '../shared/api/ipcChannels';
import type { PreloadBridge } from './api';
const events = new Set<string>(EVENT_NAMES);

const bridge: PreloadBridge = {
  call(channel, args) {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `Unknown call ${String(channel)}` } });
    }
    return ipcRenderer.invoke(IPC_CALL, channel, args);
  },
  on(event, listener) {
    if (!events.has(event)) return () => undefined;
    const handler = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
  pathForFile(file) {
    return webUtils.getPathForFile(file);
  },
};

contextBridge.exposeInMainWorld('tokscope', bridge);
