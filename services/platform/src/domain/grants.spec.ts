import {
  ACCOUNT_WIDE,
  accessVia,
  atLeast,
  canActFor,
  grantedAccountIds,
  type Grantee,
  hasAnyGrantOn,
  hasRoleOn,
  higherLevel,
  holdsRole,
  rolesOn,
  sectionLevel,
} from './grants';
import { granteeOf } from './grantee';

const grant = (accountId: string, role: string, narrowed: { contractNumber?: string; section?: string } = {}) => ({
  accountId,
  role,
  contractNumber: narrowed.contractNumber ?? null,
  section: narrowed.section ?? null,
});
const olivia: Grantee = {
  userId: 'u-olivia',
  userType: 'external',
  grants: [
    grant('acc-acme', 'operations', { contractNumber: 'C-1' }),
    grant('acc-acme', 'buyer'),
    grant('acc-acme', 'requester', { section: 'requests' }),
    grant('acc-partner', 'partner-admin'),
  ],
};

describe('grants', () => {
  it('Given grants narrowed to a contract, Then they count anywhere, on that contract, never account-wide', () => {
    expect(hasRoleOn(olivia, 'acc-acme', 'operations')).toBe(true);
    expect(hasRoleOn(olivia, 'acc-acme', 'operations', { contractNumber: 'C-1' })).toBe(true);
    expect(hasRoleOn(olivia, 'acc-acme', 'operations', { contractNumber: 'C-2' })).toBe(false);
    expect(hasRoleOn(olivia, 'acc-acme', 'operations', ACCOUNT_WIDE)).toBe(false);
    expect(hasRoleOn(olivia, 'acc-acme', 'buyer', { contractNumber: 'C-2' })).toBe(true);
    expect(hasRoleOn(olivia, 'acc-acme', ['site-admin', 'buyer'])).toBe(true);
  });

  it('Then rolesOn, hasAnyGrantOn and grantedAccountIds read the same grants', () => {
    expect(rolesOn(olivia, 'acc-acme')).toEqual(['buyer', 'operations', 'requester']);
    expect(rolesOn(olivia, 'acc-acme', ACCOUNT_WIDE)).toEqual(['buyer']);
    expect(hasAnyGrantOn(olivia, 'acc-other')).toBe(false);
    expect(grantedAccountIds(olivia)).toEqual(['acc-acme', 'acc-partner']);
    expect(holdsRole(olivia, ['approver', 'partner-admin'])).toBe(true);
  });

  it('Given a partner-admin of a reseller of record, Then it acts for the customer as reseller', () => {
    const customer = { accountId: 'acc-cust', resellerAccountIds: ['acc-partner'] };
    expect(accessVia(olivia, customer)).toBe('reseller');
    expect(accessVia(olivia, { accountId: 'acc-acme', resellerAccountIds: [] })).toBe('member');
    expect(canActFor(olivia, { accountId: 'acc-else', resellerAccountIds: ['acc-x'] })).toBe(false);
  });

  it('Given a disabled grantee, Then it holds nothing', () => {
    const disabled = { ...olivia, status: 'disabled' };
    expect(hasRoleOn(disabled, 'acc-acme', 'buyer')).toBe(false);
    expect(grantedAccountIds(disabled)).toEqual([]);
    expect(canActFor(disabled, { accountId: 'acc-cust', resellerAccountIds: ['acc-partner'] })).toBe(false);
  });

  it('Then section levels rank visitor < requester < manager, a site admin managing every section', () => {
    expect(sectionLevel(olivia, 'acc-acme', 'requests')).toBe('requester');
    expect(sectionLevel(olivia, 'acc-acme', 'orders')).toBeNull();
    expect(sectionLevel({ ...olivia, grants: [grant('acc-acme', 'site-admin')] }, 'acc-acme', 'x')).toBe('manager');
    expect(atLeast('requester', 'visitor')).toBe(true);
    expect(atLeast(null, 'visitor')).toBe(false);
    expect(higherLevel('visitor', 'requester')).toBe('requester');
    expect(higherLevel(null, 'visitor')).toBe('visitor');
  });

  it('Given a Principal, Then granteeOf keeps identity and grants', () => {
    const principal = {
      userId: 'u-1',
      email: 'a@b.example',
      displayName: 'A',
      locale: 'en',
      userType: 'internal' as const,
      homeAccountId: 'acc-acme',
      status: 'active' as const,
      grants: [grant('acc-acme', 'approver')],
    };
    expect(granteeOf(principal)).toEqual({
      userId: 'u-1',
      userType: 'internal',
      status: 'active',
      homeAccountId: 'acc-acme',
      email: 'a@b.example',
      grants: [grant('acc-acme', 'approver')],
    });
  });
});
