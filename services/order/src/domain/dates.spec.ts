import { addDays, addMonths, isIsoDate, isoDate, startOfDayAfter } from './dates';

describe('dates', () => {
  it('Given dates, When checked and shifted, Then calendar rules hold', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-1-01')).toBe(false);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoDate(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-22');
    expect(startOfDayAfter('2026-02-28').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});
