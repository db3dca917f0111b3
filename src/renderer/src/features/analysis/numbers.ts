/** Number display for analysis results (rates as percentages with enough digits to compare). */
import { DASH, formatCount } from '../../lib/format';

const rate = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const share = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const hours = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? DASH : rate.format(value);
}

export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? DASH : share.format(value);
}

export function formatHours(value: number | null | undefined): string {
  return value === null || value === undefined ? DASH : `${hours.format(value)} h`;
}

export { formatCount };
