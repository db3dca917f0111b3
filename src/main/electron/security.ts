/**
 * Electron hardening shared by every window: CSP on every response, no navigation, no new
 * windows, no permission grants, and an origin + main-frame check for IPC senders.
 */
import { session, shell, type WebContents, type WebFrameMain } from 'electron';

import { CONTENT_SECURITY_POLICY } from '../server/staticFiles';
import { isOpenableExternalUrl, isTrustedFrame, isTrustedRendererUrl } from './trust';

export function isTrustedSender(frame: WebFrameMain | null, devServerUrl: string | undefined): boolean {
  return isTrustedFrame(frame, devServerUrl);
}

export function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function hardenContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, and only plain https ones.
    if (isOpenableExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
