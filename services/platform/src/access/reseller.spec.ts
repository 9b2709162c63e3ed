import { actsForCustomer, customersActedFor, partnerAccountsOf } from './reseller';

const g = (accountId: string, role: string, narrow: { contractNumber?: string; section?: string } = {}) => ({
  accountId,
  role,
  contractNumber: narrow.contractNumber ?? null,
  section: narrow.section ?? null,
});

describe('the reseller rule', () => {
  const paula = { status: 'active', grants: [g('acc-partner', 'partner-admin')] };
  const acme = { resellerAccountIds: ['acc-partner'] };
  const nordic = { resellerAccountIds: ['acc-other-partner'] };

  it('Given partner-admin on the reseller of record, Then it acts for the customer and no other', () => {
    expect(actsForCustomer(paula, acme)).toBe(true);
    expect(actsForCustomer(paula, nordic)).toBe(false);
    expect(actsForCustomer(paula, { resellerAccountIds: [] })).toBe(false);
  });

  it('Given any other role on the partner account, a narrowed grant or a disabled user, Then nothing', () => {
    for (const role of ['site-admin', 'buyer', 'operations', 'vip-admin', 'requester'])
      expect(actsForCustomer({ grants: [g('acc-partner', role)] }, acme)).toBe(false);
    expect(actsForCustomer({ grants: [g('acc-partner', 'partner-admin', { section: 'requests' })] }, acme)).toBe(false);
    expect(actsForCustomer({ ...paula, status: 'disabled' }, acme)).toBe(false);
  });

  it('lists the partner accounts and the customers acted for', () => {
    const both = { grants: [g('acc-partner', 'partner-admin'), g('acc-p2', 'partner-admin'), g('acc-p3', 'buyer')] };
    expect(partnerAccountsOf(both)).toEqual(['acc-p2', 'acc-partner']);
    const resold: Record<string, string[]> = {
      'acc-partner': ['acc-acme', 'acc-nordic'],
      'acc-p2': ['acc-acme'],
      'acc-p3': ['x'],
    };
    expect(customersActedFor(both, (p) => resold[p] ?? [])).toEqual(['acc-acme', 'acc-nordic']);
  });
});
