import { inviteCustomerToVip, membershipVisibleTo } from './vip-membership';
import { at, ivan, mallory, membership, paula, policies, refusal, sam } from './test-fixtures';

const now = at('2026-01-10T09:00:00Z');
const invite = (
  input: Partial<Parameters<typeof inviteCustomerToVip>[0]> = {},
  caller = paula,
  resellers = ['acc-partner'],
) =>
  inviteCustomerToVip(
    { customerAccountId: 'acc-acme', partnerAccountId: 'acc-partner', program: 'vip', ...input },
    { caller, membershipId: 'vm-1', vipId: 'VIP-1', customerResellerIds: resellers, policies, now },
  );

describe('VIP membership invitation', () => {
  it('Given a partner of record, When it invites the customer, Then the membership is active with its VIP ID at once and an anniversary a year on', () => {
    const { state, events } = invite();
    expect(state).toMatchObject({
      vipId: 'VIP-1',
      status: 'active',
      anniversaryDate: '2027-01-10',
      bannerState: 'none',
    });
    expect(events).toEqual([
      {
        type: 'VipMembershipCreated',
        payload: expect.objectContaining({
          vipId: 'VIP-1',
          anniversaryDate: '2027-01-10',
          status: 'active',
          invitedBy: 'u-paula',
        }),
      },
    ]);
  });

  it('Given a chosen anniversary date, When inviting, Then it is kept', () => {
    expect(invite({ anniversaryDate: '2026-06-30' }).state.anniversaryDate).toBe('2026-06-30');
  });

  it('Given a customer user, When inviting, Then ROLE_REQUIRED (403)', () => {
    expect(refusal(() => invite({}, sam))).toMatchObject({ code: 'ROLE_REQUIRED', status: 403 });
  });

  it('Given a partner that does not resell the customer, an unknown program and a past anniversary, When inviting, Then all three rules are reported', () => {
    const e = refusal(() => invite({ program: 'nope', anniversaryDate: '2025-01-01' }, paula, []));
    expect(e.errors!.map((x) => x.code)).toEqual(['NOT_RESELLER_OF_RECORD', 'PROGRAM_UNKNOWN', 'ANNIVERSARY_IN_PAST']);
  });

  it('Given an impossible date, When inviting, Then FIELD_INVALID', () => {
    expect(refusal(() => invite({ anniversaryDate: '2026-02-30' })).code).toBe('FIELD_INVALID');
  });

  it('Given users of the customer, the partner, internal and others, When reading, Then only others are refused', () => {
    const m = membership();
    expect([sam, paula, ivan, mallory].map((c) => membershipVisibleTo(m, c))).toEqual([true, true, true, false]);
  });
});
