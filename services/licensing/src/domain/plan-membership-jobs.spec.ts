import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { jobKinds, jobPrefix, planMembershipJobs } from './plan-membership-jobs';
import { renewMembership } from './renew-membership';
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

describe('job planning', () => {
  it('Given a membership with a pending PA, When planned, Then PA expiry, notices, banner and access removal jobs exist under its prefix', () => {
    const jobs = planMembershipJobs(withPendingPa(membership(), at('2026-01-10T09:00:00Z')), policy);
    expect(jobs.map((j) => [j.id.replace(jobPrefix('vip-acc-acme-vip'), ''), j.dueAt.toISOString()])).toEqual([
      ['pa-expiry:pa-1', '2026-01-24T09:00:00.000Z'],
      ['banner:2026-12-31:due', '2026-12-01T00:00:00.000Z'],
      ['notice:2026-12-31:30-days-before', '2026-12-01T00:00:00.000Z'],
      ['banner:2026-12-31:overdue', '2026-12-31T00:00:00.000Z'],
      ['notice:2026-12-31:anniversary', '2026-12-31T00:00:00.000Z'],
      ['notice:2026-12-31:before-access-removal', '2027-01-23T00:00:00.000Z'],
      ['access-removal:2026-12-31', '2027-01-30T00:00:00.000Z'],
    ]);
    expect(jobs.every((j) => j.id.startsWith('vip:vip-acc-acme-vip:'))).toBe(true);
  });

  it('Given an early renewal, When re-planned, Then no job hangs on the old anniversary and every job of the new one exists', () => {
    const before = planMembershipJobs(held(), policy);
    const after = planMembershipJobs(renew(held(), at('2026-11-15T00:00:00Z')).state, policy);
    expect(before.some((j) => j.id.includes('2026-12-31'))).toBe(true);
    expect(after.some((j) => j.id.includes('2026-12-31'))).toBe(false);
    expect(after.filter((j) => j.kind === jobKinds.renewalNotice).map((j) => j.payload)).toEqual([
      expect.objectContaining({ noticeKind: '30-days-before', anniversaryDate: '2027-12-31' }),
      expect.objectContaining({ noticeKind: 'anniversary', anniversaryDate: '2027-12-31' }),
      expect.objectContaining({ noticeKind: 'before-access-removal', anniversaryDate: '2027-12-31' }),
    ]);
  });

  it('Given notices sent, a banner due and no pending PA, When planned, Then those are not planned again', () => {
    const m: VipMembership = { ...held(), noticesSent: ['2026-12-31:30-days-before'], bannerState: 'due' };
    const ids = planMembershipJobs(m, policy).map((j) => j.id.split(':').slice(2).join(':'));
    expect(ids).toEqual([
      'banner:2026-12-31:overdue',
      'notice:2026-12-31:anniversary',
      'notice:2026-12-31:before-access-removal',
      'access-removal:2026-12-31',
    ]);
  });

  it('Given an expired membership, When planned, Then nothing is planned', () => {
    expect(planMembershipJobs({ ...held(), status: 'expired' }, policy)).toEqual([]);
  });
});
