import { expirePurchaseAuthorization, remindPurchaseAuthorizationExpiry } from './expire-purchase-authorization';
import { jobKinds, planMembershipJobs } from './plan-membership-jobs';
import { parseProgramPolicy } from './vendor-policy';
import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { at, membership, policy, withPendingPa } from './test-fixtures';
import type { VipMembership } from './vip-membership';

const created = at('2026-01-10T09:00:00Z');
const pa = (m: VipMembership, id = 'pa-1') => m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === id)!;

describe('purchase authorization: expire (14 days without an order)', () => {
  it('Given a pending PA, When its expiry job runs before the deadline, Then nothing happens', () => {
    expect(
      expirePurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', at('2026-01-24T08:59:59Z')),
    ).toBeNull();
  });

  it('Given a pending PA past its deadline, When the job runs, Then it expires and the membership becomes late', () => {
    const result = expirePurchaseAuthorization(
      withPendingPa(membership(), created),
      'pa-1',
      at('2026-01-24T09:00:00Z'),
    )!;
    expect(pa(result.state).status).toBe('expired');
    expect(result.state.status).toBe('late');
    expect(result.events.map((e) => e.type)).toEqual(['PurchaseAuthorizationExpired', 'MembershipStatusChanged']);
    expect(result.events[1]!.payload).toMatchObject({
      from: 'active',
      to: 'late',
      reason: 'purchase-authorization-expired',
    });
    expect(expirePurchaseAuthorization(result.state, 'pa-1', at('2026-02-01T00:00:00Z'))).toBeNull();
  });

  it('Given a late membership, When a second PA expires, Then no second status change', () => {
    let m = withPendingPa(withPendingPa(membership(), created, 'pa-1'), created, 'pa-2');
    m = expirePurchaseAuthorization(m, 'pa-1', at('2026-02-01T00:00:00Z'))!.state;
    expect(expirePurchaseAuthorization(m, 'pa-2', at('2026-02-01T00:00:00Z'))!.events.map((e) => e.type)).toEqual([
      'PurchaseAuthorizationExpired',
    ]);
  });

  it('Given a fulfilled PA, When its stale expiry job runs, Then nothing happens', () => {
    const m = fulfilPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', {
      orderNumber: 'SO-1',
      orderedAt: created,
    })!.state;
    expect(expirePurchaseAuthorization(m, 'pa-1', at('2026-03-01T00:00:00Z'))).toBeNull();
  });
});

describe('purchase authorization expiry reminder (policy)', () => {
  const withReminder = { ...policy, purchaseAuthorization: { orderWithinDays: 14, reminderDaysBeforeExpiry: 3 } };

  it('Given a policy asking for a reminder 3 days before, When planned, Then a reminder job is due 3 days before the expiry', () => {
    const jobs = planMembershipJobs(withPendingPa(membership(), created), withReminder);
    expect(jobs.filter((j) => j.id.includes('pa-'))).toEqual([
      expect.objectContaining({ kind: jobKinds.purchaseAuthorizationReminder, dueAt: at('2026-01-21T09:00:00Z') }),
      expect.objectContaining({ kind: jobKinds.purchaseAuthorizationExpiry, dueAt: at('2026-01-24T09:00:00Z') }),
    ]);
    expect(
      planMembershipJobs(withPendingPa(membership(), created), policy).some(
        (j) => j.kind === jobKinds.purchaseAuthorizationReminder,
      ),
    ).toBe(false);
  });

  it('Given the reminder is due, When its job runs, Then PurchaseAuthorizationExpiring is published once and not re-planned', () => {
    const m = withPendingPa(membership(), created);
    expect(
      remindPurchaseAuthorizationExpiry(m, 'pa-1', { policy: withReminder, now: at('2026-01-21T08:59:59Z') }),
    ).toBeNull();
    const reminded = remindPurchaseAuthorizationExpiry(m, 'pa-1', {
      policy: withReminder,
      now: at('2026-01-21T09:00:00Z'),
    })!;
    expect(reminded.events).toEqual([
      {
        type: 'PurchaseAuthorizationExpiring',
        payload: expect.objectContaining({ purchaseAuthorizationId: 'pa-1', expiresAt: at('2026-01-24T09:00:00Z') }),
      },
    ]);
    expect(
      remindPurchaseAuthorizationExpiry(reminded.state, 'pa-1', {
        policy: withReminder,
        now: at('2026-01-22T00:00:00Z'),
      }),
    ).toBeNull();
    expect(
      planMembershipJobs(reminded.state, withReminder).some((j) => j.kind === jobKinds.purchaseAuthorizationReminder),
    ).toBe(false);
  });

  it('Given a fulfilled PA or no reminder in the policy, When the reminder job runs, Then nothing', () => {
    const m = fulfilPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', {
      orderNumber: 'SO-1',
      orderedAt: created,
    })!.state;
    expect(
      remindPurchaseAuthorizationExpiry(m, 'pa-1', { policy: withReminder, now: at('2026-01-22T00:00:00Z') }),
    ).toBeNull();
    expect(
      remindPurchaseAuthorizationExpiry(withPendingPa(membership(), created), 'pa-1', {
        policy,
        now: at('2026-01-22T00:00:00Z'),
      }),
    ).toBeNull();
  });

  it('Given a reminder as late as the deadline, When the policy is validated, Then it is refused', () => {
    expect(() =>
      parseProgramPolicy({ ...policy, purchaseAuthorization: { orderWithinDays: 14, reminderDaysBeforeExpiry: 14 } }),
    ).toThrow(/reminderDaysBeforeExpiry/);
  });
});
