import { mergeErrors, PLATFORM_ERRORS } from '@portal/platform/src/domain';
import { accountErrors } from './errors';

describe('the account error catalog', () => {
  it('Given the platform catalog, When merged with the account catalog, Then no code has two statuses (USER_DISABLED is 403 everywhere)', () => {
    const merged = mergeErrors(accountErrors, PLATFORM_ERRORS);
    expect(merged.statusOf('USER_DISABLED')).toBe(403);
    expect(merged.statusOf('LAST_SITE_ADMIN')).toBe(409);
    expect(accountErrors.RAW_PAN_REFUSED('a card number').status).toBe(422);
  });
});
