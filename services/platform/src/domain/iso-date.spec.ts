import {
  addDays,
  addDaysToInstant,
  addMonths,
  addYears,
  DAY_MS,
  daysBetween,
  isIsoDate,
  isoDateOf,
  maxDate,
  minDate,
  startOfDay,
  startOfDayAfter,
} from './iso-date';

describe('IsoDate', () => {
  it('Then real dates are recognised and arithmetic crosses months, years and leap days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(minDate('2026-01-02', '2026-01-01')).toBe('2026-01-01');
    expect(maxDate('2026-01-02', '2026-01-01')).toBe('2026-01-02');
  });

  it('Then instants map to their UTC day', () => {
    expect(isoDateOf(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-22');
    expect(startOfDay('2026-11-22').toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(startOfDayAfter('2026-11-22').toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(addDaysToInstant(new Date('2026-11-22T10:00:00Z'), 2).getTime() - Date.parse('2026-11-22T10:00:00Z')).toBe(
      2 * DAY_MS,
    );
    expect(() => startOfDay('22.11.2026')).toThrow(RangeError);
  });
});
