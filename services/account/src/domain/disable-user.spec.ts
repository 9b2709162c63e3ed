import { disableUser } from './disable-user';
import { account, grant, NOW, ref, refusal, siteAdmin, staff, user } from './testing/fixtures';

const acme = ref(account());
const ctx = (others = 1) => ({ caller: siteAdmin(), account: acme, otherActiveSiteAdmins: others, now: NOW });

describe('disable a user', () => {
  it('Given an active member, When a site admin disables them, Then status disabled, every grant removed and UserDisabled published one version up', () => {
    const olivia = user({ grants: [grant('acc-acme', 'operations'), grant('acc-nordic', 'buyer')], accessVersion: 7 });
    const { state, events } = disableUser(olivia, { reason: 'left the company' }, ctx());
    expect(state).toMatchObject({ status: 'disabled', grants: [], accessVersion: 8, disabledAt: NOW.toISOString() });
    expect(events).toEqual([
      {
        type: 'UserDisabled',
        payload: {
          reason: 'left the company',
          user: expect.objectContaining({ version: 8, status: 'disabled', grants: [] }),
        },
      },
    ]);
  });

  it('Given a disabled user, When disabled again, Then nothing changes', () => {
    const gone = user({ status: 'disabled', grants: [] });
    expect(disableUser(gone, {}, ctx()).events).toEqual([]);
  });

  it('Given the caller themself, When disabling, Then CANNOT_DISABLE_SELF', () => {
    expect(
      refusal(() => disableUser(user({ userId: 'u-sam', grants: [grant('acc-acme', 'site-admin')] }), {}, ctx())).code,
    ).toBe('CANNOT_DISABLE_SELF');
  });

  it('Given the last site admin, When the account team disables them, Then LAST_SITE_ADMIN', () => {
    const sam = user({ userId: 'u-sam', grants: [grant('acc-acme', 'site-admin')] });
    expect(refusal(() => disableUser(sam, {}, { ...ctx(0), caller: staff() })).code).toBe('LAST_SITE_ADMIN');
  });

  it('Given a member whose home is another account, When a site admin disables them, Then NOT_HOME_ACCOUNT', () => {
    const guest = user({
      homeAccountId: 'acc-nordic',
      grants: [grant('acc-acme', 'buyer'), grant('acc-nordic', 'buyer')],
    });
    expect(refusal(() => disableUser(guest, {}, ctx())).code).toBe('NOT_HOME_ACCOUNT');
  });

  it('Given a user of another account, When disabled from here, Then 404', () => {
    expect(
      refusal(() =>
        disableUser(user({ homeAccountId: 'acc-nordic', grants: [grant('acc-nordic', 'buyer')] }), {}, ctx()),
      ).status,
    ).toBe(404);
  });

  it('Given a shopper, When they disable someone, Then ROLE_REQUIRED', () => {
    expect(
      refusal(() =>
        disableUser(user(), {}, { ...ctx(), caller: { ...siteAdmin(), grants: [grant('acc-acme', 'shopper')] } }),
      ).code,
    ).toBe('ROLE_REQUIRED');
  });
});
