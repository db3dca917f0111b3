/**
 * Electron hardening shared by every window: CSP on every response, no navigation, no new
 * windows, no permission grants, and an origin + main-frame check for IPC senders.
 */
import { session, shell, type WebContents, type WebFrameMain } from 'electron';

import { CONTENT_SECURITY_POLICY } from '../server/staticFiles';

/** The renderer's own origin: file:// in production, the dev server in `electron-vite dev`. */
export function isTrustedRendererUrl(raw: string | undefined, devServerUrl: string | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return url.origin === dev.origin;
  }
  return url.protocol === 'file:';
}

export function isTrustedSender(frame: WebFrameMain | null, devServerUrl: string | undefined): boolean {
  // Only the top-level frame of our own page may call the API (no iframes, no other origins).
  return !!frame && frame.parent === null && isTrustedRendererUrl(frame.url, devServerUrl);
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
    try {
      if (new URL(url).protocol === 'https:') void shell.openExternal(url);
    } catch {
      // not a URL: ignore
    }
    return { action: 'deny' };
  });
}
