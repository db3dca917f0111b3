import { describe, expect, it } from 'vitest';

import { normaliseHandle, normaliseTag } from './normalise';

describe('hashtag and handle identity', () => {
  it('removes the sigil, lower-cases and applies NFC', () => {
    expect(normaliseTag('#Café')).toBe('café');
    expect(normaliseTag('Cafe\u0301')).toBe('café');
    expect(normaliseTag('＃FYP')).toBe('fyp');
    expect(normaliseHandle('@Some.User_1')).toBe('some.user_1');
  });

  it('files Turkish dotted İ under a plain i, and keeps dotless ı distinct', () => {
    expect(normaliseTag('SONDAKİKA')).toBe('sondakika');
    expect(normaliseTag('AksaTufanı')).toBe('aksatufanı');
    expect(normaliseTag('AksaTufanı')).not.toBe(normaliseTag('AksaTufani'));
  });
});
