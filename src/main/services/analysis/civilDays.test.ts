import { describe, expect, it } from 'vitest';

import { civilFromDays, daysFromCivil, formatDay, formatIsoWeek, formatMonth, isoWeekday, monthIndex, monthStartDays, weekStart } from './civilDays';

describe('civil day arithmetic', () => {
  it('agrees with Date for every day from 1900 to 2100', () => {
    const mismatches: number[] = [];
    let checked = 0;
    for (let days = daysFromCivil(1900, 1, 1); days <= daysFromCivil(2100, 12, 31); days++) {
      const d = new Date(days * 86400000);
      const c = civilFromDays(days);
      const same =
        c.year === d.getUTCFullYear() &&
        c.month === d.getUTCMonth() + 1 &&
        c.day === d.getUTCDate() &&
        daysFromCivil(c.year, c.month, c.day) === days &&
        isoWeekday(days) === ((d.getUTCDay() + 6) % 7) + 1 &&
        formatDay(days) === d.toISOString().slice(0, 10);
      if (!same) mismatches.push(days);
      checked++;
    }
    expect(checked).toBe(73414);
    expect(mismatches).toEqual([]);
  });

  it('numbers weekdays the ISO way (Monday = 1) and labels ISO weeks across year ends', () => {
    expect(isoWeekday(daysFromCivil(2023, 1, 2))).toBe(1); // a Monday
    expect(isoWeekday(daysFromCivil(2023, 1, 1))).toBe(7); // a Sunday
    expect(formatIsoWeek(daysFromCivil(2021, 1, 3))).toBe('2020-W53');
    expect(formatIsoWeek(daysFromCivil(2021, 1, 4))).toBe('2021-W01');
    expect(formatIsoWeek(daysFromCivil(2024, 12, 30))).toBe('2025-W01');
    expect(formatIsoWeek(daysFromCivil(2026, 12, 31))).toBe('2026-W53');
    expect(formatDay(weekStart(daysFromCivil(2023, 3, 12)))).toBe('2023-03-06');
  });

  it('counts months consecutively', () => {
    const jan = monthIndex(daysFromCivil(2023, 1, 31));
    expect(monthIndex(daysFromCivil(2023, 2, 1))).toBe(jan + 1);
    expect(formatMonth(jan)).toBe('2023-01');
    expect(formatMonth(monthIndex(daysFromCivil(1969, 12, 5)))).toBe('1969-12');
    expect(formatDay(monthStartDays(jan + 13))).toBe('2024-02-01');
  });
});
