import { assertReportingAccess } from './reporting';
import type { AccountView, Principal } from './policy';

const account = (features = ['reports'], resellerAccountIds: string[] = []) =>
  ({ accountId: 'acc-a', features, resellerAccountIds }) as unknown as AccountView;
const user = (accountId: string, role: string): Principal =>
  ({
    userId: 'u',
    status: 'active',
    userType: 'external',
    grants: [{ accountId, role, contractNumber: null, section: null }],
  }) as unknown as Principal;
const codeOf = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('reporting access', () => {
  it('lets site admins, reporting users and the reseller of record in; others get ROLE_REQUIRED or NOT_FOUND', () => {
    expect(codeOf(() => assertReportingAccess(user('acc-a', 'site-admin'), 'acc-a', account()))).toBeNull();
    expect(codeOf(() => assertReportingAccess(user('acc-a', 'reporting'), 'acc-a', account()))).toBeNull();
    const partner = user('acc-p', 'partner-admin');
    expect(codeOf(() => assertReportingAccess(partner, 'acc-a', account(['reports'], ['acc-p'])))).toBeNull();
    expect(codeOf(() => assertReportingAccess(user('acc-a', 'buyer'), 'acc-a', account()))).toBe('ROLE_REQUIRED');
    expect(codeOf(() => assertReportingAccess(user('acc-b', 'site-admin'), 'acc-a', account()))).toBe('NOT_FOUND');
    expect(codeOf(() => assertReportingAccess(user('acc-a', 'site-admin'), 'acc-a', null))).toBe('NOT_FOUND');
  });

  it('needs the reports feature on the account', () => {
    expect(codeOf(() => assertReportingAccess(user('acc-a', 'site-admin'), 'acc-a', account([])))).toBe(
      'FEATURE_NOT_AVAILABLE',
    );
  });
});
