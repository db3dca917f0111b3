import { describe, expect, it } from 'vitest';

import { tiktokVideoUrl } from './tiktokLink';

describe('tiktokVideoUrl', () => {
  it('builds an https TikTok address from a numeric id', () => {
    expect(tiktokVideoUrl('ana.b', '7320768196569599275')).toBe('https://www.tiktok.com/@ana.b/video/7320768196569599275');
  });
  it('refuses ids that are not digits and handles with other characters', () => {
    expect(tiktokVideoUrl('ana', 'javascript:alert(1)')).toBeNull();
    expect(tiktokVideoUrl('a"><script>', '1')).toBe('https://www.tiktok.com/@/video/1');
  });
});
