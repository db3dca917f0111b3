/**
 * Calendar arithmetic on day numbers (days since 1970-01-01 in some zone's wall-clock time), in the
 * proleptic Gregorian calendar. Pure integer math (H. Hinnant's civil_from_days), no Date objects.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/** YYYY-MM-DD */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${formatYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the Monday starting the ISO week that contains `days`. */
export function weekStart(days: number): number {
  return days - (isoWeekday(days) - 1);
}

/** ISO 8601 week label, e.g. 2023-W01 (the week-year is the year of the week's Thursday). */
export function formatIsoWeek(days: number): string {
  const thursday = weekStart(days) + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${formatYear(year)}-W${pad(week, 2)}`;
}

/** Months since 1970-01 (so consecutive months are consecutive integers). */
export function monthIndex(days: number): number {
  const { year, month } = civilFromDays(days);
  return (year - 1970) * 12 + (month - 1);
}

export function monthStartDays(index: number): number {
  const year = 1970 + Math.floor(index / 12);
  const month = index - (year - 1970) * 12 + 1;
  return daysFromCivil(year, month, 1);
}

/** YYYY-MM */
export function formatMonth(index: number): string {
  const year = 1970 + Math.floor(index / 12);
  const month = index - (year - 1970) * 12 + 1;
  return `${formatYear(year)}-${pad(month, 2)}`;
}
