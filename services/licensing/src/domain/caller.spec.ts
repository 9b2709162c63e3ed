import { canActFor, vipAdministrators, type Caller } from './caller';

const caller = (grants: Caller['grants']): Caller => ({
  userId: 'u',
  email: 'u@x.example',
  userType: 'external',
  grants,
});

describe('caller access', () => {
  it('Given a grant on the account, When asked, Then the caller may act for it', () => {
    expect(canActFor(caller([{ accountId: 'acc-acme', role: 'buyer' }]), 'acc-acme', [])).toBe(true);
  });
  it('Given a grant on the reseller of record, When asked, Then the partner may act for the customer', () => {
    expect(canActFor(caller([{ accountId: 'acc-partner', role: 'partner-admin' }]), 'acc-acme', ['acc-partner'])).toBe(
      true,
    );
  });
  it('Given another role than partner-admin on the reseller of record, When asked, Then nothing (one reseller rule)', () => {
    for (const role of ['site-admin', 'buyer', 'vip-admin'])
      expect(canActFor(caller([{ accountId: 'acc-partner', role }]), 'acc-acme', ['acc-partner'])).toBe(false);
  });
  it('Given grants elsewhere only, When asked, Then the caller may not act for the account', () => {
    expect(canActFor(caller([{ accountId: 'acc-other', role: 'site-admin' }]), 'acc-acme', ['acc-partner'])).toBe(
      false,
    );
  });
  it('Given vip-admins and site-admins, When resolving VIP administrators, Then vip-admins win', () => {
    const users = [
      { userId: 'b', grants: [{ accountId: 'acc', role: 'vip-admin' }] },
      { userId: 'a', grants: [{ accountId: 'acc', role: 'site-admin' }] },
      { userId: 'c', status: 'disabled', grants: [{ accountId: 'acc', role: 'vip-admin' }] },
    ];
    expect(vipAdministrators(users, 'acc')).toEqual(['b']);
  });
  it('Given no vip-admin, When resolving VIP administrators, Then the site-admins are told', () => {
    expect(vipAdministrators([{ userId: 'a', grants: [{ accountId: 'acc', role: 'site-admin' }] }], 'acc')).toEqual([
      'a',
    ]);
  });
});
