import { describe, expect, it } from 'vitest';

import { isOpenableExternalUrl, isTrustedFrame, isTrustedRendererUrl } from './trust';

describe('Electron trust rules', () => {
  it('trusts only file:// pages in production', () => {
    expect(isTrustedRendererUrl('file:///app/out/renderer/index.html', undefined)).toBe(true);
    expect(isTrustedRendererUrl('https://example.com/', undefined)).toBe(false);
    expect(isTrustedRendererUrl('not a url', undefined)).toBe(false);
    expect(isTrustedRendererUrl(undefined, undefined)).toBe(false);
  });

  it('compares parsed origins against the dev server, not prefixes', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('file:///x', dev)).toBe(false);
  });

  it('refuses IPC from sub-frames and foreign origins', () => {
    expect(isTrustedFrame({ url: 'file:///app/index.html', parent: null }, undefined)).toBe(true);
    expect(isTrustedFrame({ url: 'file:///app/index.html', parent: {} }, undefined)).toBe(false);
    expect(isTrustedFrame({ url: 'https://evil.example/', parent: null }, undefined)).toBe(false);
    expect(isTrustedFrame(null, undefined)).toBe(false);
  });

  it('opens only https links externally', () => {
    expect(isOpenableExternalUrl('https://www.tiktok.com/@a/video/1')).toBe(true);
    for (const bad of ['http://x.com', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'smb://host/share']) {
      expect(isOpenableExternalUrl(bad)).toBe(false);
    }
  });
});
