import { describe, expect, it } from 'vitest';
import { parseTimestamp, type TimeResult } from './timestamps';
import { assertTimeZone, wallTimeToUtcMs } from './timezones';

const ok = (seconds: number, zoneAssumed: boolean): TimeResult => ({ kind: 'ok', seconds, zoneAssumed });

// Expected values computed by hand from 2023-01-01T00:00Z = 1672531200 and 2024-01-01T00:00Z =
// 1704067200 plus whole days and hours.
describe('parseTimestamp: epochs', () => {
  it('reads unix seconds (9–11 digits) as numbers and strings', () => {
    expect(parseTimestamp(1697101549, 'UTC')).toEqual(ok(1697101549, false));
    expect(parseTimestamp('1697101549', 'UTC')).toEqual(ok(1697101549, false));
    expect(parseTimestamp('1697101549.0', 'UTC')).toEqual(ok(1697101549, false));
    expect(parseTimestamp(' 1697101549 ', 'Europe/Berlin')).toEqual(ok(1697101549, false));
  });

  it('reads milliseconds (12–14 digits) and floors to seconds', () => {
    expect(parseTimestamp(1697108706245, 'UTC')).toEqual(ok(1697108706, false));
    expect(parseTimestamp('1697108706245', 'UTC')).toEqual(ok(1697108706, false));
  });

  it('rejects epochs of other lengths', () => {
    expect(parseTimestamp(12345, 'UTC').kind).toBe('unparsed');
    expect(parseTimestamp('169710154900000000', 'UTC').kind).toBe('unparsed');
    expect(parseTimestamp(-1697101549, 'UTC').kind).toBe('unparsed');
  });
});

describe('parseTimestamp: ISO 8601 and friends', () => {
  it('reads Z, with and without milliseconds', () => {
    expect(parseTimestamp('2023-10-16T19:29:14Z', 'UTC')).toEqual(ok(1697484554, false));
    expect(parseTimestamp('2023-07-05T21:52:34.000Z', 'Europe/Berlin')).toEqual(ok(1688593954, false));
  });

  it('reads explicit offsets, including +05:30', () => {
    expect(parseTimestamp('2023-10-16T19:29:14+05:30', 'UTC')).toEqual(ok(1697464754, false));
    expect(parseTimestamp('2023-10-16T19:29:14+0530', 'UTC')).toEqual(ok(1697464754, false));
    expect(parseTimestamp('2023-10-16 14:29:14-05', 'UTC')).toEqual(ok(1697484554, false));
    expect(parseTimestamp('2023-10-16 19:29:14 UTC', 'Asia/Tokyo')).toEqual(ok(1697484554, false));
  });

  it('reads zone-less times in the chosen zone and says so', () => {
    // GESIS style: 2023-02-16 = 1672531200 + 46 days; + 15:36:28.
    expect(parseTimestamp('2023-02-16 15:36:28', 'UTC')).toEqual(ok(1676561788, true));
    expect(parseTimestamp('2023-10-16 19:29:14', 'Asia/Kolkata')).toEqual(ok(1697464754, true));
    expect(parseTimestamp('2023-10-16T19:29', 'UTC')).toEqual(ok(1697484540, true));
    expect(parseTimestamp('2023-10-16', 'UTC')).toEqual(ok(1697414400, true));
    expect(parseTimestamp('2023/10/16 19:29:14', 'UTC')).toEqual(ok(1697484554, true));
  });

  it('handles the Europe/Berlin DST transitions of 2024', () => {
    // 2024-03-31T00:00Z = 1711843200; clocks jump 02:00 CET → 03:00 CEST (01:00Z).
    expect(parseTimestamp('2024-03-31 01:30:00', 'Europe/Berlin')).toEqual(ok(1711845000, true)); // CET
    expect(parseTimestamp('2024-03-31 03:30:00', 'Europe/Berlin')).toEqual(ok(1711848600, true)); // CEST
    // 02:30 does not exist: moved forward by the gap, to 03:30 CEST.
    expect(parseTimestamp('2024-03-31 02:30:00', 'Europe/Berlin')).toEqual(ok(1711848600, true));
    // 2024-10-27T00:00Z = 1729987200; 03:00 CEST → 02:00 CET (01:00Z).
    expect(parseTimestamp('2024-10-27 01:30:00', 'Europe/Berlin')).toEqual(ok(1729985400, true)); // CEST
    expect(parseTimestamp('2024-10-27 02:30:00', 'Europe/Berlin')).toEqual(ok(1729989000, true)); // ambiguous → earlier (CEST)
    expect(parseTimestamp('2024-10-27 03:30:00', 'Europe/Berlin')).toEqual(ok(1729996200, true)); // CET
  });

  it('handles the America/New_York DST transitions of 2024', () => {
    // 2024-03-10T00:00Z = 1710028800; 02:00 EST → 03:00 EDT (07:00Z).
    expect(parseTimestamp('2024-03-10 01:59:59', 'America/New_York')).toEqual(ok(1710053999, true));
    expect(parseTimestamp('2024-03-10 03:00:00', 'America/New_York')).toEqual(ok(1710054000, true));
    expect(parseTimestamp('2024-03-10 02:30:00', 'America/New_York')).toEqual(ok(1710055800, true));
    // 2024-11-03T00:00Z = 1730592000; 02:00 EDT → 01:00 EST (06:00Z).
    expect(parseTimestamp('2024-11-03 01:30:00', 'America/New_York')).toEqual(ok(1730611800, true)); // earlier (EDT)
    expect(parseTimestamp('2024-11-03 12:00:00', 'America/New_York')).toEqual(ok(1730653200, true)); // EST
  });

  it('reads RFC 2822 text only when it names its zone', () => {
    expect(parseTimestamp('Mon, 16 Oct 2023 19:29:14 GMT', 'UTC')).toEqual(ok(1697484554, false));
    expect(parseTimestamp('Mon, 16 Oct 2023 19:29:14', 'UTC').kind).toBe('unparsed');
  });

  it('reports empty values as empty and garbage as unparsed', () => {
    expect(parseTimestamp('', 'UTC').kind).toBe('empty');
    expect(parseTimestamp(null, 'UTC').kind).toBe('empty');
    expect(parseTimestamp(undefined, 'UTC').kind).toBe('empty');
    expect(parseTimestamp('N/A', 'UTC').kind).toBe('empty');
    expect(parseTimestamp('yesterday', 'UTC').kind).toBe('unparsed');
    expect(parseTimestamp('2023-13-01 00:00:00', 'UTC').kind).toBe('unparsed');
    expect(parseTimestamp('2023-02-29', 'UTC').kind).toBe('unparsed');
    expect(parseTimestamp('2023-10-16T25:00', 'UTC').kind).toBe('unparsed');
    expect(parseTimestamp('2023-10-16T19:29:14 nonsense', 'UTC').kind).toBe('unparsed');
  });

  it('accepts 29 February in leap years', () => {
    expect(parseTimestamp('2024-02-29', 'UTC')).toEqual(ok(1709164800, true));
  });
});

describe('time zones', () => {
  it('rejects unknown zones with a clear message', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/Mars\/Olympus.*IANA/);
    expect(() => assertTimeZone('Europe/Berlin')).not.toThrow();
    expect(() => assertTimeZone('UTC')).not.toThrow();
  });

  it('converts wall time with non-hour offsets (Asia/Kathmandu +05:45)', () => {
    // 2024-01-01 05:45 in Kathmandu is 00:00Z.
    expect(wallTimeToUtcMs('Asia/Kathmandu', 2024, 1, 1, 5, 45, 0)).toBe(1704067200_000);
  });
});
