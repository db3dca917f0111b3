import { describe, expect, it } from 'vitest';

import { ApiError } from '../../../shared/api/result';
import { ZoneOffsets, zoneOffsets } from './zoneOffsets';

const at = (iso: string) => Date.parse(iso) / 1000;
const H = 3600;

describe('zone offsets', () => {
  it('switches exactly at the daylight-saving transitions of New York and Berlin (2023)', () => {
    const ny = new ZoneOffsets('America/New_York');
    expect(ny.offsetAt(at('2023-03-12T06:59:59Z'))).toBe(-5 * H);
    expect(ny.offsetAt(at('2023-03-12T07:00:00Z'))).toBe(-4 * H);
    expect(ny.offsetAt(at('2023-11-05T05:59:59Z'))).toBe(-4 * H);
    expect(ny.offsetAt(at('2023-11-05T06:00:00Z'))).toBe(-5 * H);
    const berlin = new ZoneOffsets('Europe/Berlin');
    expect(berlin.offsetAt(at('2023-03-26T00:59:59Z'))).toBe(1 * H);
    expect(berlin.offsetAt(at('2023-03-26T01:00:00Z'))).toBe(2 * H);
    expect(berlin.offsetAt(at('2023-10-29T00:59:59Z'))).toBe(2 * H);
    expect(berlin.offsetAt(at('2023-10-29T01:00:00Z'))).toBe(1 * H);
  });

  it('handles half- and quarter-hour zones, 30-minute DST and historic second offsets', () => {
    expect(new ZoneOffsets('Asia/Kolkata').offsetAt(at('2023-06-30T18:30:00Z'))).toBe(5.5 * H);
    expect(new ZoneOffsets('Asia/Kathmandu').offsetAt(at('2023-06-30T18:15:00Z'))).toBe(5.75 * H);
    const lordHowe = new ZoneOffsets('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(at('2023-06-01T00:00:00Z'))).toBe(10.5 * H);
    expect(lordHowe.offsetAt(at('2023-12-01T00:00:00Z'))).toBe(11 * H);
    expect(new ZoneOffsets('Africa/Monrovia').offsetAt(at('1970-06-01T12:00:00Z'))).toBe(-(44 * 60 + 30));
    expect(new ZoneOffsets('UTC').offsetAt(at('2023-03-26T01:00:00Z'))).toBe(0);
  });

  it('rejects an unknown zone with a validation error and shares instances per name', () => {
    expect(() => new ZoneOffsets('Mars/Olympus_Mons')).toThrow(ApiError);
    expect(() => new ZoneOffsets('Mars/Olympus_Mons')).toThrow(/not a known IANA time zone/);
    expect(zoneOffsets('Europe/Berlin')).toBe(zoneOffsets('Europe/Berlin'));
    expect(zoneOffsets(undefined).zone).toBe('UTC');
  });

  it('agrees with Intl on every hour of a year in zones with DST', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago']) {
      const z = new ZoneOffsets(zone);
      const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      const wrong: number[] = [];
      for (let t = at('2023-01-01T00:00:00Z'); t < at('2024-01-01T00:00:00Z'); t += 3600 + 17) {
        const name = f.formatToParts(new Date(t * 1000)).find((p) => p.type === 'timeZoneName')!.value;
        const m = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name)!;
        const expected = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60) : 0;
        if (z.offsetAt(t) !== expected) wrong.push(t);
      }
      expect(wrong, zone).toEqual([]);
    }
  });
});
