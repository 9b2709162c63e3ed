/** Calendar-date helpers (ISO yyyy-mm-dd, UTC). Pure. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC calendar date of an instant. */
export const isoDate = (instant: Date): string => instant.toISOString().slice(0, 10);

/** True when `value` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === value;
}

/** Adds whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** Adds calendar months, clamping to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return isoDate(target);
}

/** Start of the UTC day after `date`: the instant a date-bound rule (due on `date`) is broken. */
export const startOfDayAfter = (date: string): Date => new Date(`${addDays(date, 1)}T00:00:00.000Z`);

export const DAY_MS = 24 * 60 * 60 * 1000;
