/** Display formatting shared by every screen: numbers in the user's locale, times always in UTC. */

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium' });

export const DASH = '—';

export function formatCount(value: number | null | undefined, approximate = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return approximate ? `≈ ${integer.format(value)}` : integer.format(value);
}

export function formatPercent(fraction: number): string {
  return percent.format(Math.max(0, Math.min(1, fraction)));
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return DASH;
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${integer.format(value)} ${units[0]}` : `${decimal.format(value)} ${units[unit]}`;
}

/** "5 Mar 2024, 14:22 UTC" — the zone is always written so nobody mistakes it for local time. */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parseDate(iso);
  return date ? `${dateTime.format(date)} UTC` : DASH;
}

export function formatDate(iso: string | null | undefined): string {
  const date = parseDate(iso);
  return date ? dateOnly.format(date) : DASH;
}

/** "about 40 s left", "about 3 min left" — rounded, because an estimate is only an estimate. */
export function formatTimeLeft(seconds: number): string {
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 90) return `about ${Math.round(seconds / 5) * 5} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return DASH;
  if (seconds < 1) return '< 1 s';
  if (seconds < 60) return `${decimal.format(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s`;
}

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "1 record", "2 records" — counts in sentences read naturally. */
export function countOf(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${integer.format(n)} ${n === 1 ? singular : pluralForm}`;
}

/** "2023-05-04 09:30": compact and unambiguous for table cells whose header already says UTC. */
export function formatCompactUtc(iso: string | null | undefined): string {
  const date = parseDate(iso);
  if (!date) return DASH;
  return date.toISOString().slice(0, 16).replace('T', ' ');
}
