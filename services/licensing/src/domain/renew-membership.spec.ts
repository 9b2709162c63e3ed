import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { renewMembership } from './renew-membership';
import { at, membership, paula, policy, refusal, sam, withPendingPa } from './test-fixtures';
import type { VipMembership } from './vip-membership';

// Anniversary 2026-12-31: window opens 2026-12-01, overview 2026-10-02, banner due 2026-12-01, access removed 2027-01-30.
const held = (): VipMembership =>
  fulfilPurchaseAuthorization(withPendingPa(membership(), at('2026-01-10T09:00:00Z')), 'pa-1', {
    orderNumber: 'SO-1',
    orderedAt: at('2026-01-12T00:00:00Z'),
  })!.state;
const renew = (m: VipMembership, now: Date, caller = paula) =>
  renewMembership(
    m,
    { products: [{ sku: 'ACRO-PRO-ENT-RNW', quantity: 10 }], orderNumber: 'SO-R1' },
    { caller, renewalId: 'rn-1', policy, now },
  );

describe('renew', () => {
  it('Given the renewal is not open yet, When renewing, Then RENEWAL_NOT_OPEN', () => {
    expect(refusal(() => renew(held(), at('2026-09-01T00:00:00Z'))).code).toBe('RENEWAL_NOT_OPEN');
  });

  it('Given an early renewal, When processed, Then the anniversary moves a year on and it goes to the history', () => {
    const { state, events } = renew(held(), at('2026-11-15T00:00:00Z'));
    expect(state.anniversaryDate).toBe('2027-12-31');
    expect(state.renewalHistory).toEqual([
      expect.objectContaining({
        previousAnniversaryDate: '2026-12-31',
        anniversaryDate: '2027-12-31',
        early: true,
        orderNumber: 'SO-R1',
      }),
    ]);
    expect(events.map((e) => e.type)).toEqual(['MembershipRenewed']);
  });

  it('Given an overdue, late membership with a banner, When renewed, Then it becomes active and the banner goes', () => {
    const m: VipMembership = { ...held(), status: 'late', bannerState: 'overdue' };
    const { state, events } = renew(m, at('2027-01-05T00:00:00Z'));
    expect(state).toMatchObject({ status: 'active', bannerState: 'none' });
    expect(events.map((e) => e.type)).toEqual(['MembershipRenewed', 'MembershipStatusChanged', 'RenewalBannerChanged']);
    expect(events[0]!.payload).toMatchObject({ early: false });
  });

  it('Given an expired membership, When renewing, Then MEMBERSHIP_EXPIRED; a customer user gets ROLE_REQUIRED; unknown SKUs are refused', () => {
    expect(refusal(() => renew({ ...held(), status: 'expired' }, at('2026-11-15T00:00:00Z'))).code).toBe(
      'MEMBERSHIP_EXPIRED',
    );
    expect(refusal(() => renew(held(), at('2026-11-15T00:00:00Z'), sam)).code).toBe('ROLE_REQUIRED');
    expect(
      refusal(() =>
        renewMembership(
          held(),
          { products: [{ sku: 'CC-EDU-DEVICE', quantity: 1 }] },
          { caller: paula, renewalId: 'r', policy, now: at('2026-11-15T00:00:00Z') },
        ),
      ).code,
    ).toBe('PRODUCT_UNKNOWN');
  });
});
