import { describe, expect, it } from 'vitest';
import { isAbbreviatedCount, isDisplayRounded, parseCount } from './counts';

describe('parseCount', () => {
  it('reads plain integers, from strings and numbers', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount('3597')).toBe(3597);
    expect(parseCount(277400)).toBe(277400);
    expect(parseCount(' 42 ')).toBe(42);
  });

  it('drops a zero fraction written by pandas ("38.0" → 38)', () => {
    expect(parseCount('38.0')).toBe(38);
    expect(parseCount('680.0')).toBe(680);
    expect(parseCount('7.00')).toBe(7);
  });

  it('expands abbreviations, with decimal point or comma', () => {
    expect(parseCount('12.3K')).toBe(12_300);
    expect(parseCount('12,3K')).toBe(12_300);
    expect(parseCount('1.2M')).toBe(1_200_000);
    expect(parseCount('3B')).toBe(3_000_000_000);
    expect(parseCount('15.3m')).toBe(15_300_000);
    expect(parseCount('2 K')).toBe(2_000);
  });

  it('removes thousands separators', () => {
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('1 234')).toBe(1234);
    expect(parseCount('1\u00A0234\u00A0567')).toBe(1_234_567);
    expect(parseCount('1,234,567')).toBe(1_234_567);
    expect(parseCount("1'234")).toBe(1234);
    expect(parseCount('1.234.567')).toBe(1_234_567);
  });

  it('reads spreadsheet scientific notation ("1,2E+06")', () => {
    expect(parseCount('1,2E+06')).toBe(1_200_000);
    expect(parseCount('3.59E+07')).toBe(35_900_000);
  });

  it('returns null — never 0 — for empty, placeholder or unparseable values', () => {
    for (const raw of ['', '   ', 'N/A', 'NA', 'none', '-', 'abc', '12..3', '1.5', '1,23', '-5', null, undefined, true]) {
      expect(parseCount(raw), String(raw)).toBeNull();
    }
    expect(parseCount(-1)).toBeNull();
    expect(parseCount(38.5)).toBeNull();
    expect(parseCount(Number.NaN)).toBeNull();
  });

  it('reads digit strings beyond 2^53 (lossless JSON) as the nearest number', () => {
    expect(parseCount('12345678901234567')).toBe(12345678901234568);
  });
});

describe('isAbbreviatedCount', () => {
  it('is true only for abbreviated or exponent notation', () => {
    expect(isAbbreviatedCount('12.3K')).toBe(true);
    expect(isAbbreviatedCount('1.2M')).toBe(true);
    expect(isAbbreviatedCount('3B')).toBe(true);
    expect(isAbbreviatedCount('1,2E+06')).toBe(true);
    expect(isAbbreviatedCount('12300')).toBe(false);
    expect(isAbbreviatedCount('1,234')).toBe(false);
    expect(isAbbreviatedCount(12300)).toBe(false);
  });
});

describe('isDisplayRounded', () => {
  it('flags values ≥ 10,000 that are multiples of 100', () => {
    expect(isDisplayRounded(10_000)).toBe(true);
    expect(isDisplayRounded(277_400)).toBe(true);
    expect(isDisplayRounded(15_300_000)).toBe(true);
    expect(isDisplayRounded(9_900)).toBe(false);
    expect(isDisplayRounded(10_001)).toBe(false);
    expect(isDisplayRounded(911_350)).toBe(false);
    expect(isDisplayRounded(0)).toBe(false);
  });
});
