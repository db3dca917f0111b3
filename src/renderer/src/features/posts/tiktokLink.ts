/**
 * The only link built from post data: a TikTok video address assembled here from a digits-only ID
 * and a handle limited to TikTok's characters. A URL stored in the data is never used as a link.
 */
export function tiktokVideoUrl(handle: string | null, id: string): string | null {
  if (!/^\d{1,25}$/.test(id)) return null;
  if (handle && /^[A-Za-z0-9._]{1,64}$/.test(handle)) return `https://www.tiktok.com/@${handle}/video/${id}`;
  return `https://www.tiktok.com/@/video/${id}`;
}
