import { addDays, addYears, isIsoDate, startOfDate, toIsoDate } from './dates';

describe('calendar dates', () => {
  it('Given real and impossible dates, When checked, Then only real ISO dates pass', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
  it('Given a date, When days are added across a month end, Then the calendar date follows', () => {
    expect(addDays('2026-01-30', 3)).toBe('2026-02-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('Given 29 February, When a year is added, Then it becomes 28 February', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2026-06-15', 1)).toBe('2027-06-15');
  });
  it('Given an instant, When its date is taken, Then it is the UTC calendar date', () => {
    expect(toIsoDate(new Date('2026-05-01T23:59:59Z'))).toBe('2026-05-01');
    expect(startOfDate('2026-05-01').toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(() => startOfDate('nope')).toThrow(RangeError);
  });
});
