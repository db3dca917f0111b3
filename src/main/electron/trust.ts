/**
 * Which URLs and frames count as the app itself. Pure functions (no electron import) so they are
 * tested in plain Node: parsed-origin comparison, never string prefixes.
 */
export function isTrustedRendererUrl(raw: string | undefined, devServerUrl: string | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return url.protocol === 'file:';
}

export interface FrameLike {
  url: string;
  parent: unknown;
}

/** Only the top-level frame of our own page may call the API (no iframes, no other origins). */
export function isTrustedFrame(frame: FrameLike | null | undefined, devServerUrl: string | undefined): boolean {
  return !!frame && frame.parent === null && isTrustedRendererUrl(frame.url, devServerUrl);
}

/** Links from user content open outside the app only when they are plain https URLs. */
export function isOpenableExternalUrl(raw: string): boolean {
  try {
    return new URL(raw).protocol === 'https:';
  } catch {
    return false;
  }
}
