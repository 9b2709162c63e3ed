/** Calendar dates (ISO yyyy-mm-dd, UTC) and instants: the only date arithmetic of the licensing rules. */
export type IsoDate = string;

export const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The calendar date (UTC) of an instant. */
export const toIsoDate = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);

/** Midnight UTC at the start of a calendar date. */
export function startOfDate(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

export const addDays = (date: IsoDate, days: number): IsoDate =>
  toIsoDate(new Date(startOfDate(date).getTime() + days * DAY_MS));

export const addDaysToInstant = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

/** Same day n years later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const d = startOfDate(date);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
