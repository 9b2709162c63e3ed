import { can, canSeeAccount, requireCapability } from './access-policy';
import { account, caller, grant, ref, refusal } from './testing/fixtures';

const acme = ref(account({ resellerAccountIds: ['acc-partner'] }));
const partnerAccount = ref(account({ accountId: 'acc-partner', accountType: 'partner' }));
const paula = caller('u-paula', [grant('acc-partner', 'partner-admin')]);

describe('who may do what', () => {
  it.each([
    ['shopper', 'manage-service-contracts', false],
    ['buyer', 'manage-service-contracts', true],
    ['operations', 'manage-service-contracts', true],
    ['site-admin', 'manage-service-contracts', true],
    ['shopper', 'manage-payment-methods', true],
    ['operations', 'manage-payment-methods', false],
    ['reporting', 'view-reports', true],
    ['buyer', 'view-reports', false],
    ['site-admin', 'manage-users', true],
    ['buyer', 'manage-users', false],
    ['visitor', 'view-account', true],
  ] as const)('Given a %s, When asked for %s, Then %s', (role, capability, expected) => {
    const who = caller('u-x', [grant('acc-acme', role, role === 'visitor' ? { section: 'requests' } : {})]);
    expect(can(who, acme, capability)).toBe(expected);
  });

  it('Given a user with shopper and buyer, When renewing service contracts, Then the buyer role allows it', () => {
    expect(
      can(caller('u-x', [grant('acc-acme', 'shopper'), grant('acc-acme', 'buyer')]), acme, 'manage-service-contracts'),
    ).toBe(true);
  });

  it('Given the reseller of record, When its partner-admin looks at the customer, Then it can see it and renew contracts but not manage users', () => {
    expect(canSeeAccount(paula, acme)).toBe(true);
    expect(can(paula, acme, 'manage-service-contracts')).toBe(true);
    expect(can(paula, acme, 'manage-users')).toBe(false);
    expect(can(paula, partnerAccount, 'manage-users')).toBe(true);
  });

  it('Given a partner that does not resell the account, When it looks, Then 404', () => {
    expect(refusal(() => requireCapability(paula, ref(account({ accountId: 'acc-us' })), 'view-account')).status).toBe(
      404,
    );
  });

  it('Given no grant on the account, When anything is asked, Then 404 NOT_FOUND (never 403)', () => {
    expect(
      refusal(() => requireCapability(caller('u-sven', [grant('acc-nordic', 'site-admin')]), acme, 'manage-addresses')),
    ).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    expect(refusal(() => requireCapability(caller('u-sven', []), null, 'view-account')).status).toBe(404);
  });

  it('Given a grant but not the capability, When asked, Then 403 ROLE_REQUIRED', () => {
    expect(
      refusal(() =>
        requireCapability(caller('u-shopper', [grant('acc-acme', 'shopper')]), acme, 'manage-service-contracts'),
      ),
    ).toMatchObject({
      code: 'ROLE_REQUIRED',
      status: 403,
    });
  });
});
