const STORAGE_KEY = 'tokscope.token';

/**
 * The browser workbench is opened as /?token=…. The token is kept for this tab only and removed
 * from the address bar so it does not end up in bookmarks, history or screenshots.
 */
export function takeSessionToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(STORAGE_KEY) ?? '';
}
