import { atLeast, hasRole, Principal, sectionLevel, visibleAccountIds } from './policy';

const principal = (grants: Principal['grants'], status: Principal['status'] = 'active'): Principal => ({
  userId: 'u-1',
  email: 'u1@acme.example',
  displayName: 'U',
  locale: 'en-US',
  userType: 'external',
  homeAccountId: 'acc-a',
  status,
  grants,
});
const grant = (accountId: string, role: string, narrow: { contractNumber?: string; section?: string } = {}) => ({
  accountId,
  role,
  contractNumber: narrow.contractNumber ?? null,
  section: narrow.section ?? null,
});

describe('access policy', () => {
  it('given operations on one contract, grants it there and nowhere else', () => {
    const p = principal([grant('acc-a', 'operations', { contractNumber: 'C-1' })]);
    expect(hasRole(p, 'acc-a', 'operations', { contractNumber: 'C-1' })).toBe(true);
    expect(hasRole(p, 'acc-a', 'operations', { contractNumber: 'C-2' })).toBe(false);
    expect(hasRole(p, 'acc-b', 'operations', { contractNumber: 'C-1' })).toBe(false);
  });

  it('given an account-wide role, it covers every contract of the account', () => {
    expect(hasRole(principal([grant('acc-a', 'operations')]), 'acc-a', 'operations', { contractNumber: 'C-9' })).toBe(
      true,
    );
  });

  it('given a disabled user, nothing is granted', () => {
    const p = principal([grant('acc-a', 'site-admin')], 'disabled');
    expect(hasRole(p, 'acc-a', 'site-admin')).toBe(false);
    expect(sectionLevel(p, 'acc-a', 'requests')).toBeNull();
    expect(visibleAccountIds(p, () => [])).toEqual([]);
  });

  it('ranks section profiles visitor < requester < manager and takes the highest', () => {
    const p = principal([
      grant('acc-a', 'visitor', { section: 'requests' }),
      grant('acc-a', 'requester', { section: 'requests' }),
    ]);
    expect(sectionLevel(p, 'acc-a', 'requests')).toBe('requester');
    expect(sectionLevel(p, 'acc-a', 'billing')).toBeNull();
    expect(atLeast('requester', 'visitor')).toBe(true);
    expect(atLeast('requester', 'manager')).toBe(false);
    expect(atLeast(null, 'visitor')).toBe(false);
  });

  it('lets a partner admin see the customers it resells to', () => {
    const p = principal([grant('acc-partner', 'partner-admin')]);
    expect(visibleAccountIds(p, (partner) => (partner === 'acc-partner' ? ['acc-a'] : [])).sort()).toEqual([
      'acc-a',
      'acc-partner',
    ]);
  });
});
