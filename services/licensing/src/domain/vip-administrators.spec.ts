import { vipAdministrators } from './vip-administrators';

describe('VIP administrators', () => {
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
