import { describe, expect, it } from 'vitest';
import { parseBoolean } from './booleans';
import { parseDuration } from './duration';
import { parseRegion } from './region';

describe('parseBoolean', () => {
  it('reads booleans, spreadsheet words and 1/0', () => {
    expect(parseBoolean(true)).toBe(true);
    expect(parseBoolean(false)).toBe(false);
    expect(parseBoolean('TRUE')).toBe(true);
    expect(parseBoolean('FALSE')).toBe(false);
    expect(parseBoolean('1')).toBe(true);
    expect(parseBoolean('0')).toBe(false);
    expect(parseBoolean(1)).toBe(true);
    expect(parseBoolean(' yes ')).toBe(true);
  });

  it('returns null for empty or unknown values', () => {
    expect(parseBoolean('')).toBeNull();
    expect(parseBoolean('maybe')).toBeNull();
    expect(parseBoolean(2)).toBeNull();
    expect(parseBoolean(null)).toBeNull();
  });
});

describe('parseRegion', () => {
  it('upper-cases two-letter codes and refuses the rest', () => {
    expect(parseRegion('ca')).toBe('CA');
    expect(parseRegion(' TR ')).toBe('TR');
    expect(parseRegion('USA')).toBeNull();
    expect(parseRegion('')).toBeNull();
    expect(parseRegion(3)).toBeNull();
  });
});

describe('parseDuration', () => {
  it('reads seconds as numbers, numeric strings and clock text', () => {
    expect(parseDuration(277)).toBe(277);
    expect(parseDuration('15')).toBe(15);
    expect(parseDuration('15.5')).toBe(15.5);
    expect(parseDuration('1:05')).toBe(65);
    expect(parseDuration('01:01:05')).toBe(3665);
  });

  it('returns null for empty or invalid values', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('long')).toBeNull();
    expect(parseDuration(-3)).toBeNull();
  });
});
