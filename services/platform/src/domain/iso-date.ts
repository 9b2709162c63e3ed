/**
 * Calendar dates: ISO `yyyy-mm-dd` strings in UTC (string order is date order), and the one `DAY_MS`. Pure.
 * Business dates (due on, valid until, term end) are IsoDates; instants are Dates from the service's clock.
 */
export type IsoDate = string;

export const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written yyyy-mm-dd (2026-02-30 is not). */
export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The UTC calendar date of an instant. */
export const isoDateOf = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);

/** Midnight UTC at the start of the date; a malformed date is a programming error (RangeError). */
export function startOfDay(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

/** Midnight UTC after the date: the instant a rule "due on `date`" is broken. */
export const startOfDayAfter = (date: IsoDate): Date => startOfDay(addDays(date, 1));

/** The date `days` later (negative: earlier). */
export const addDays = (date: IsoDate, days: number): IsoDate =>
  isoDateOf(new Date(startOfDay(date).getTime() + days * DAY_MS));

/** Calendar months later, clamped to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = startOfDay(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return isoDateOf(target);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export const addYears = (date: IsoDate, years: number): IsoDate => addMonths(date, 12 * years);

/** Whole days from `from` to `to` (negative when `to` is earlier): 2026-01-01 → 2026-01-31 is 30. */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS);

/** An instant `days` later (exact multiples of 24 h; UTC has no daylight saving). */
export const addDaysToInstant = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
