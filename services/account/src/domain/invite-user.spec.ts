import { inviteUser, type InviteUser } from './invite-user';
import { account, caller, grant, NOW, ref, refusal, siteAdmin, staff, user } from './testing/fixtures';

const acme = ref(account());
const invite = (overrides: Partial<InviteUser> = {}): InviteUser => ({
  userId: 'u-new',
  email: 'New.Person@Acme.example',
  displayName: 'New Person',
  grants: [{ role: 'buyer' }],
  ...overrides,
});

describe('invite a user', () => {
  it('Given a site admin, When they invite a new e-mail with roles, Then the user is invited with version 1 and UserInvited carries the whole snapshot', () => {
    const { state, events } = inviteUser(
      null,
      invite({
        grants: [
          { role: 'operations', contractNumber: 'CT-1' },
          { role: 'requester', section: 'requests' },
        ],
      }),
      {
        caller: siteAdmin(),
        account: acme,
        now: NOW,
      },
    );
    expect(state).toMatchObject({
      userId: 'u-new',
      email: 'new.person@acme.example',
      status: 'invited',
      accessVersion: 1,
      homeAccountId: 'acc-acme',
      userType: 'external',
    });
    expect(events).toEqual([
      {
        type: 'UserInvited',
        payload: {
          invitedBy: 'u-sam',
          user: {
            version: 1,
            userId: 'u-new',
            email: 'new.person@acme.example',
            displayName: 'New Person',
            locale: 'en-US',
            userType: 'external',
            homeAccountId: 'acc-acme',
            status: 'invited',
            grants: [
              grant('acc-acme', 'operations', { contractNumber: 'CT-1' }),
              grant('acc-acme', 'requester', { section: 'requests' }),
            ],
          },
        },
      },
    ]);
  });

  it('Given a user known from another account, When invited here, Then they keep their other grants and the snapshot goes one version up', () => {
    const existing = user({
      email: 'new.person@acme.example',
      userId: 'u-new',
      grants: [grant('acc-nordic', 'buyer')],
      accessVersion: 4,
      homeAccountId: 'acc-nordic',
    });
    const { state, events } = inviteUser(existing, invite(), { caller: siteAdmin(), account: acme, now: NOW });
    expect(state.accessVersion).toBe(5);
    expect(state.homeAccountId).toBe('acc-nordic');
    expect(state.grants).toEqual([grant('acc-acme', 'buyer'), grant('acc-nordic', 'buyer')]);
    expect(events[0]!.type).toBe('UserInvited');
  });

  it('Given a shopper, When they invite someone, Then ROLE_REQUIRED (403)', () => {
    const error = refusal(() =>
      inviteUser(null, invite(), {
        caller: caller('u-shopper', [grant('acc-acme', 'shopper')]),
        account: acme,
        now: NOW,
      }),
    );
    expect(error).toMatchObject({ code: 'ROLE_REQUIRED', status: 403 });
  });

  it('Given a site admin of another account, When they invite here, Then 404 (the account cannot be probed)', () => {
    expect(
      refusal(() => inviteUser(null, invite(), { caller: siteAdmin('acc-nordic'), account: acme, now: NOW })),
    ).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('Given the account team (internal), When they invite the first site admin, Then it is allowed', () => {
    const { state } = inviteUser(null, invite({ grants: [{ role: 'site-admin' }] }), {
      caller: staff(),
      account: acme,
      now: NOW,
    });
    expect(state.grants).toEqual([grant('acc-acme', 'site-admin')]);
  });

  it('Given a site admin, When they invite an internal user, Then INTERNAL_USERS_ONLY', () => {
    expect(
      refusal(() =>
        inviteUser(null, invite({ userType: 'internal' }), { caller: siteAdmin(), account: acme, now: NOW }),
      ).code,
    ).toBe('INTERNAL_USERS_ONLY');
  });

  it('Given several broken rules, When inviting, Then every one is reported at once', () => {
    const error = refusal(() =>
      inviteUser(
        null,
        invite({
          email: 'not-an-email',
          locale: 'french',
          grants: [
            { role: 'wizard' },
            { role: 'approver' },
            { role: 'visitor' },
            { role: 'buyer', section: 'requests' },
            { role: 'buyer', contractNumber: 'C-1' },
            { role: 'partner-admin' },
          ],
        }),
        { caller: siteAdmin(), account: acme, now: NOW },
      ),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors!.map((e) => `${e.path}:${e.code}`)).toEqual([
      'email:FIELD_INVALID',
      'locale:FIELD_INVALID',
      'grants[0].role:UNKNOWN_ROLE',
      'grants[1].role:INTERNAL_ROLE_ONLY',
      'grants[2].section:SECTION_REQUIRED',
      'grants[3].section:SECTION_NOT_ALLOWED',
      'grants[4].contractNumber:CONTRACT_NOT_ALLOWED',
      'grants[5].role:PARTNER_ROLE_ONLY',
    ]);
  });

  it('Given no role, When inviting, Then GRANTS_REQUIRED', () => {
    expect(
      refusal(() => inviteUser(null, invite({ grants: [] }), { caller: siteAdmin(), account: acme, now: NOW })).code,
    ).toBe('GRANTS_REQUIRED');
  });

  it('Given two profiles on one section or a duplicate grant, When inviting, Then CONFLICTING_SECTION_ROLES and DUPLICATE_GRANT', () => {
    const error = refusal(() =>
      inviteUser(
        null,
        invite({
          grants: [
            { role: 'visitor', section: 'requests' },
            { role: 'manager', section: 'requests' },
            { role: 'buyer' },
            { role: 'buyer' },
          ],
        }),
        {
          caller: siteAdmin(),
          account: acme,
          now: NOW,
        },
      ),
    );
    expect(error.errors!.map((e) => e.code)).toEqual(['CONFLICTING_SECTION_ROLES', 'DUPLICATE_GRANT']);
  });

  it('Given an unknown section, When inviting, Then UNKNOWN_SECTION', () => {
    expect(
      refusal(() =>
        inviteUser(null, invite({ grants: [{ role: 'visitor', section: 'casino' }] }), {
          caller: siteAdmin(),
          account: acme,
          now: NOW,
        }),
      ).code,
    ).toBe('UNKNOWN_SECTION');
  });

  it('Given a member of the account, When invited again, Then USER_ALREADY_MEMBER (409)', () => {
    const existing = user({ email: 'new.person@acme.example' });
    expect(
      refusal(() => inviteUser(existing, invite(), { caller: siteAdmin(), account: acme, now: NOW })),
    ).toMatchObject({ code: 'USER_ALREADY_MEMBER', status: 409 });
  });

  it('Given a disabled user, When invited, Then USER_DISABLED (403, as everywhere)', () => {
    const existing = user({ email: 'new.person@acme.example', status: 'disabled', grants: [] });
    expect(
      refusal(() => inviteUser(existing, invite(), { caller: siteAdmin(), account: acme, now: NOW })),
    ).toMatchObject({ code: 'USER_DISABLED', status: 403 });
  });

  it('Given an id that belongs to another e-mail, When inviting, Then EMAIL_MISMATCH', () => {
    expect(
      refusal(() => inviteUser(user({ grants: [] }), invite(), { caller: siteAdmin(), account: acme, now: NOW })).code,
    ).toBe('EMAIL_MISMATCH');
  });

  it('Given a partner account, When its partner-admin invites a colleague as partner-admin, Then it is allowed', () => {
    const partner = ref(account({ accountId: 'acc-partner', accountType: 'partner' }));
    const paula = caller('u-paula', [grant('acc-partner', 'partner-admin')]);
    const { state } = inviteUser(null, invite({ grants: [{ role: 'partner-admin' }] }), {
      caller: paula,
      account: partner,
      now: NOW,
    });
    expect(state.grants).toEqual([grant('acc-partner', 'partner-admin')]);
  });

  it('Given a reseller partner-admin, When inviting into a customer account it resells, Then ROLE_REQUIRED (partners do not administer customer users)', () => {
    const customer = ref(account({ resellerAccountIds: ['acc-partner'] }));
    const paula = caller('u-paula', [grant('acc-partner', 'partner-admin')]);
    expect(refusal(() => inviteUser(null, invite(), { caller: paula, account: customer, now: NOW })).code).toBe(
      'ROLE_REQUIRED',
    );
  });
});
