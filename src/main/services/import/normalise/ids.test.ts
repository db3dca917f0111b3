import { describe, expect, it } from 'vitest';
import { handleFromUrl, parseId, parseOptionalId, timeFromId, videoIdFromUrl } from './ids';

describe('parseId', () => {
  it('keeps digit strings exactly, including values beyond 2^53', () => {
    expect(parseId('7320768196569599275')).toEqual({ kind: 'ok', id: '7320768196569599275' });
    expect(parseId(' 7288995634328177926 ')).toEqual({ kind: 'ok', id: '7288995634328177926' });
  });

  it('accepts safe JS numbers and float-formatted small integers', () => {
    expect(parseId(12345)).toEqual({ kind: 'ok', id: '12345' });
    expect(parseId('12345.0')).toEqual({ kind: 'ok', id: '12345' });
  });

  it('refuses values that went through a float', () => {
    expect(parseId('7,25E+18')).toEqual({ kind: 'bad', text: '7,25E+18', mangled: true });
    expect(parseId('7.0e18')).toEqual({ kind: 'bad', text: '7.0e18', mangled: true });
    expect(parseId('7288995634328177926.0')).toEqual({ kind: 'bad', text: '7288995634328177926.0', mangled: true });
    expect(parseId(7320768196569599000)).toEqual({ kind: 'bad', text: '7320768196569599000', mangled: true });
    expect(parseId('abc')).toEqual({ kind: 'bad', text: 'abc', mangled: false });
  });

  it('treats empty values as absent, and strips control characters', () => {
    expect(parseId('')).toEqual({ kind: 'empty' });
    expect(parseId(null)).toEqual({ kind: 'empty' });
    expect(parseId('  ')).toEqual({ kind: 'empty' });
    expect(parseId('123\u0000')).toEqual({ kind: 'ok', id: '123' });
  });

  it('parseOptionalId gives digits or null', () => {
    expect(parseOptionalId('7203375660541807365')).toBe('7203375660541807365');
    expect(parseOptionalId('')).toBeNull();
    expect(parseOptionalId('7.2E+18')).toBeNull();
  });
});

describe('URLs', () => {
  it('finds the video ID in the usual URL forms', () => {
    expect(videoIdFromUrl('https://www.tiktok.com/@alwayscuriouss/video/7252455790680771845')).toBe('7252455790680771845');
    expect(videoIdFromUrl('https://www.tiktok.com/share/video/7203375632661695749')).toBe('7203375632661695749');
    expect(videoIdFromUrl('https://www.tiktok.com/@x/photo/7300000000000000000?lang=en')).toBe('7300000000000000000');
    expect(videoIdFromUrl('https://www.tiktok.com/@x')).toBeNull();
  });

  it('finds the handle, without a trailing dot', () => {
    expect(handleFromUrl('https://www.tiktok.com/@its.cigarette/video/7415939157635255559')).toBe('its.cigarette');
    expect(handleFromUrl('https://www.tiktok.com/@jr.dksptr/video/1')).toBe('jr.dksptr');
    expect(handleFromUrl('https://www.tiktok.com/share/video/7203375632661695749')).toBeNull();
  });
});

describe('timeFromId', () => {
  it('is id >> 32 (checked with BigInt by hand)', () => {
    // BigInt(7288995634328177926) >> 32n = 1697101545; the capture says createTime 1697101549.
    expect(timeFromId('7288995634328177926')).toBe(1697101545);
    expect(timeFromId('7203375632661695749')).toBe(1677166585);
    expect(timeFromId('7320768196569599275')).toBe(1704499171);
  });

  it('is null for small IDs or times outside 2016–2030', () => {
    expect(timeFromId('123')).toBeNull();
    expect(timeFromId('4294967295')).toBeNull();
    // An ID from before the time-encoding scheme (2^32 * 1e9 → 1e9 = 2001).
    expect(timeFromId(String(4294967296 * 1_000_000_000))).toBeNull();
  });
});
