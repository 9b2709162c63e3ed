import { changeRoles } from './change-roles';
import { account, grant, NOW, ref, refusal, siteAdmin, user, caller } from './testing/fixtures';

const acme = ref(account());
const ctx = (others = 1) => ({ caller: siteAdmin(), account: acme, otherActiveSiteAdmins: others, now: NOW });

describe('change roles', () => {
  it('Given a member, When a site admin sets their roles, Then GrantsChanged carries the whole snapshot one version up', () => {
    const olivia = user({ grants: [grant('acc-acme', 'shopper'), grant('acc-nordic', 'buyer')], accessVersion: 3 });
    const { state, events } = changeRoles(
      olivia,
      [
        { role: 'operations', contractNumber: 'CT-100' },
        { role: 'manager', section: 'requests' },
      ],
      ctx(),
    );
    expect(state.accessVersion).toBe(4);
    expect(events).toEqual([
      {
        type: 'GrantsChanged',
        payload: {
          user: expect.objectContaining({
            version: 4,
            userId: 'u-olivia',
            status: 'active',
            grants: [
              grant('acc-acme', 'manager', { section: 'requests' }),
              grant('acc-acme', 'operations', { contractNumber: 'CT-100' }),
              grant('acc-nordic', 'buyer'),
            ],
          }),
        },
      },
    ]);
  });

  it('Given the same roles again, When set, Then nothing changes and nothing is published', () => {
    const olivia = user();
    const { state, events } = changeRoles(olivia, [{ role: 'operations' }], ctx());
    expect(events).toEqual([]);
    expect(state).toBe(olivia);
  });

  it('Given an empty list, When set, Then the user leaves the account (grants elsewhere kept)', () => {
    const olivia = user({ grants: [grant('acc-acme', 'operations'), grant('acc-nordic', 'buyer')] });
    expect(changeRoles(olivia, [], ctx()).state.grants).toEqual([grant('acc-nordic', 'buyer')]);
  });

  it('Given the last site admin, When their site-admin role is removed, Then LAST_SITE_ADMIN (409)', () => {
    const sam = user({ userId: 'u-sam', grants: [grant('acc-acme', 'site-admin')] });
    expect(refusal(() => changeRoles(sam, [{ role: 'buyer' }], ctx(0)))).toMatchObject({
      code: 'LAST_SITE_ADMIN',
      status: 409,
    });
    expect(changeRoles(sam, [{ role: 'buyer' }], ctx(1)).events).toHaveLength(1);
  });

  it('Given a user who is not a member of the account, When roles are set, Then 404', () => {
    expect(
      refusal(() => changeRoles(user({ grants: [grant('acc-nordic', 'buyer')] }), [{ role: 'buyer' }], ctx())).status,
    ).toBe(404);
    expect(refusal(() => changeRoles(null, [{ role: 'buyer' }], ctx())).status).toBe(404);
  });

  it('Given a disabled user, When roles are set, Then USER_DISABLED', () => {
    expect(refusal(() => changeRoles(user({ status: 'disabled' }), [{ role: 'buyer' }], ctx())).code).toBe(
      'USER_DISABLED',
    );
  });

  it('Given a buyer, When they change roles, Then ROLE_REQUIRED', () => {
    const error = refusal(() =>
      changeRoles(user(), [{ role: 'site-admin' }], { ...ctx(), caller: caller('u-b', [grant('acc-acme', 'buyer')]) }),
    );
    expect(error).toMatchObject({ code: 'ROLE_REQUIRED', status: 403 });
  });

  it('Given an internal-only role for an external user, When set, Then INTERNAL_ROLE_ONLY', () => {
    expect(refusal(() => changeRoles(user(), [{ role: 'approver' }], ctx())).code).toBe('INTERNAL_ROLE_ONLY');
  });

  it('Given an internal user, When the account team grants approver, Then it is allowed', () => {
    const ivan = user({ userId: 'u-ivan', userType: 'internal', grants: [grant('acc-acme', 'buyer')] });
    expect(changeRoles(ivan, [{ role: 'approver' }], ctx()).state.grants).toEqual([grant('acc-acme', 'approver')]);
  });
});
