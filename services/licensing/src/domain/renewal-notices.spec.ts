import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { renewMembership } from './renew-membership';
import { refreshBanner, removeAccess, renewalNoticeDue } from './renewal-notices';
import { bannerStateAt } from './renewal-window';
import { at, membership, paula, policy, withPendingPa } from './test-fixtures';
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

describe('renewal notices and banner', () => {
  const admins = ['u-sam'];
  const notice = (
    m: VipMembership,
    noticeKind: '30-days-before' | 'anniversary' | 'before-access-removal',
    now: Date,
    anniversaryDate = m.anniversaryDate,
  ) => renewalNoticeDue(m, { noticeKind, anniversaryDate }, { policy, vipAdministratorUserIds: admins, now });

  it('Given 30 days before the anniversary, When the notice job runs, Then RenewalNoticeDue is published once with the VIP administrators', () => {
    const result = notice(held(), '30-days-before', at('2026-12-01T00:00:00Z'))!;
    expect(result.events).toEqual([
      {
        type: 'RenewalNoticeDue',
        payload: expect.objectContaining({
          noticeKind: '30-days-before',
          anniversaryDate: '2026-12-31',
          accessRemovalDate: '2027-01-30',
          vipAdministratorUserIds: admins,
          vipId: 'VIP-0001',
        }),
      },
    ]);
    expect(notice(result.state, '30-days-before', at('2026-12-02T00:00:00Z'))).toBeNull();
  });

  it('Given a notice not due yet, When its job fires early, Then nothing', () => {
    expect(notice(held(), 'anniversary', at('2026-12-30T23:59:59Z'))).toBeNull();
  });

  it('Given a renewal moved the anniversary, When a job for the old date fires, Then nothing is published', () => {
    const renewed = renew(held(), at('2026-11-15T00:00:00Z')).state;
    expect(notice(renewed, 'anniversary', at('2026-12-31T00:00:00Z'), '2026-12-31')).toBeNull();
  });

  it('Given an expired membership, When a notice job fires, Then nothing', () => {
    expect(notice({ ...held(), status: 'expired' }, 'anniversary', at('2026-12-31T00:00:00Z'))).toBeNull();
  });

  it('Given the calendar, When the banner is refreshed over time, Then none -> due -> overdue, each change once', () => {
    const m = held();
    expect(bannerStateAt(m, policy, at('2026-11-30T23:59:59Z'))).toBe('none');
    expect(refreshBanner(m, policy, at('2026-11-30T00:00:00Z'))).toBeNull();
    const due = refreshBanner(m, policy, at('2026-12-01T00:00:00Z'))!;
    expect(due.events[0]!.payload).toMatchObject({ state: 'due' });
    const overdue = refreshBanner(due.state, policy, at('2026-12-31T00:00:00Z'))!;
    expect(overdue.state.bannerState).toBe('overdue');
    expect(refreshBanner(overdue.state, policy, at('2027-01-02T00:00:00Z'))).toBeNull();
  });

  it('Given the grace is over and nothing bought, When the access-removal job runs, Then the membership expires and the banner goes', () => {
    const m: VipMembership = { ...held(), bannerState: 'overdue' };
    expect(removeAccess(m, { anniversaryDate: '2026-12-31' }, { policy, now: at('2027-01-29T23:59:59Z') })).toBeNull();
    const result = removeAccess(m, { anniversaryDate: '2026-12-31' }, { policy, now: at('2027-01-30T00:00:00Z') })!;
    expect(result.state).toMatchObject({ status: 'expired', bannerState: 'none' });
    expect(result.events.map((e) => e.type)).toEqual(['MembershipStatusChanged', 'RenewalBannerChanged']);
    expect(
      removeAccess(result.state, { anniversaryDate: '2026-12-31' }, { policy, now: at('2027-02-01T00:00:00Z') }),
    ).toBeNull();
    expect(removeAccess(m, { anniversaryDate: '2025-12-31' }, { policy, now: at('2027-02-01T00:00:00Z') })).toBeNull();
  });
});
