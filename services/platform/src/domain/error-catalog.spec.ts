import { DomainError } from '../errors';
import { defineErrors, mergeErrors } from './error-catalog';
import { PLATFORM_ERRORS } from './platform-errors';

describe('error catalog', () => {
  const errors = defineErrors({
    QUOTE_EXPIRED: { status: 409, title: 'The quote has expired' },
    START_DATE_IN_PAST: { status: 422, title: 'The start date is before today' },
  });

  it('Given a catalog, When the domain refuses from it, Then the DomainError has its code and status', () => {
    const error = errors.QUOTE_EXPIRED('the quote expired on 2026-12-01');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'QUOTE_EXPIRED', status: 409, message: 'the quote expired on 2026-12-01' });
    const fields = errors.START_DATE_IN_PAST('no', {
      errors: [{ path: 'startDate', code: 'START_DATE_IN_PAST', message: 'no' }],
    });
    expect(fields.errors).toHaveLength(1);
  });

  it('Then it lists its codes and statuses for the edge and OpenAPI', () => {
    expect(errors.codes).toEqual(['QUOTE_EXPIRED', 'START_DATE_IN_PAST']);
    expect(errors.statuses).toEqual({ QUOTE_EXPIRED: 409, START_DATE_IN_PAST: 422 });
    expect(errors.statusOf('QUOTE_EXPIRED')).toBe(409);
    expect(errors.statusOf('toString')).toBeUndefined();
  });

  it('Given a bad code or status, Then defining fails', () => {
    expect(() => defineErrors({ quoteExpired: { status: 409, title: 'x' } })).toThrow(/UPPER_SNAKE/);
    expect(() => defineErrors({ QUOTE_EXPIRED: { status: 200, title: 'x' } })).toThrow(/4xx/);
  });

  it('Given catalogs that disagree on a status, Then merging fails; USER_DISABLED is 403 in the platform', () => {
    expect(mergeErrors(errors, PLATFORM_ERRORS).statusOf('USER_DISABLED')).toBe(403);
    expect(() => mergeErrors(PLATFORM_ERRORS, defineErrors({ USER_DISABLED: { status: 409, title: 'x' } }))).toThrow(
      /USER_DISABLED is declared with status 403 and 409/,
    );
  });
});
