import type { Subscription } from './software-subscriptions';
import {
  applyErpAnswer,
  cancellationWindowDays,
  managedView,
  managementOf,
  requestSubscriptionChange,
  type ChangeCommand,
} from './subscription-changes';
import { account, caller, grant, refusal } from './testing/fixtures';

const us = account({ accountId: 'acc-us', country: 'US', features: ['software-subscriptions'] });
const buyer = caller('u-bea', [grant('acc-us', 'buyer')]);
const sub = (overrides: Partial<Subscription> = {}): Subscription => ({
  subscriptionId: 'SO-9-2',
  orderNumber: 'SO-9',
  lineNumber: 2,
  sku: 'SUB-M365',
  product: 'Office suite',
  quantity: 10,
  term: { startDate: '2026-03-01', endDate: '2027-02-28' },
  status: 'active',
  ...overrides,
});
const at = (iso: string) => new Date(iso);
const ask = (cmd: ChangeCommand, now = at('2026-03-10T00:00:00Z'), s = sub(), who = buyer) =>
  requestSubscriptionChange(managementOf(s, 'acc-us'), s, cmd, { caller: who, account: us, changeId: 'chg-1', now });
const confirmed = (over = {}) => ({
  outcome: 'confirmed' as const,
  at: at('2026-03-11T00:00:00Z'),
  payload: {
    changeId: 'chg-1',
    orderNumber: 'SO-9',
    lineNumber: 2,
    quantity: 25,
    autoRenew: true,
    cancelled: false,
    confirmedAt: at('2026-03-11T00:00:00Z'),
    ...over,
  },
});

describe('software subscription changes', () => {
  it('Given a buyer, When the quantity changes, Then a command to the ERP and the change shows pending', () => {
    const { state, events } = ask({ change: 'quantity', quantity: 25 });
    expect(state.pending).toMatchObject({ changeId: 'chg-1', change: 'quantity', quantity: 25 });
    expect(state.quantity).toBe(10);
    expect(events[0]).toMatchObject({
      type: 'SubscriptionChangeRequested',
      payload: { subscriptionId: 'SO-9-2', lineNumber: 2, change: 'quantity', quantity: 25, autoRenew: null },
    });
    expect(managedView(sub(), state)).toMatchObject({ quantity: 10, pendingChange: { change: 'quantity' } });
  });

  it('Given a pending change, When another is asked for, Then SUBSCRIPTION_CHANGE_PENDING until the ERP answers', () => {
    const pending = ask({ change: 'auto-renew', autoRenew: false }).state;
    expect(
      refusal(() =>
        requestSubscriptionChange(
          pending,
          sub(),
          { change: 'cancel' },
          {
            caller: buyer,
            account: us,
            changeId: 'chg-2',
            now: at('2026-03-10T00:00:00Z'),
          },
        ),
      ),
    ).toMatchObject({ code: 'SUBSCRIPTION_CHANGE_PENDING', status: 409 });
  });

  it('Given the vendor’s window, When cancelling inside it, Then accepted; after it CANCELLATION_WINDOW_CLOSED', () => {
    expect(cancellationWindowDays('SUB-M365')).toBe(30);
    expect(cancellationWindowDays('ACRO-PRO')).toBe(14);
    expect(ask({ change: 'cancel' }, at('2026-03-30T23:00:00Z')).state.pending?.change).toBe('cancel');
    expect(refusal(() => ask({ change: 'cancel' }, at('2026-03-31T00:00:00Z')))).toMatchObject({
      code: 'CANCELLATION_WINDOW_CLOSED',
      status: 409,
    });
    expect(
      refusal(() => ask({ change: 'cancel' }, at('2026-03-02T00:00:00Z'), sub({ sku: 'VMW-VSPHERE' }))),
    ).toMatchObject({ code: 'CANCELLATION_WINDOW_CLOSED' });
  });

  it('Given nothing to change, a shopper, or an expired subscription, Then FIELD_INVALID, ROLE_REQUIRED, SUBSCRIPTION_NOT_ACTIVE', () => {
    expect(refusal(() => ask({ change: 'quantity', quantity: 10 }))).toMatchObject({ code: 'FIELD_INVALID' });
    expect(refusal(() => ask({ change: 'auto-renew', autoRenew: true }))).toMatchObject({ code: 'FIELD_INVALID' });
    const shopper = caller('u-s', [grant('acc-us', 'shopper')]);
    expect(refusal(() => ask({ change: 'cancel' }, undefined, sub(), shopper))).toMatchObject({
      code: 'ROLE_REQUIRED',
    });
    expect(refusal(() => ask({ change: 'cancel' }, undefined, sub({ status: 'expired' })))).toMatchObject({
      code: 'SUBSCRIPTION_NOT_ACTIVE',
    });
  });

  it('Given a pending change, When the ERP confirms (twice) or rejects, Then applied once or dropped with the reason', () => {
    const pending = ask({ change: 'quantity', quantity: 25 }).state;
    const done = applyErpAnswer(pending, confirmed())!;
    expect(done.state).toMatchObject({ quantity: 25, pending: null });
    expect(done.events[0]).toMatchObject({
      type: 'SubscriptionChanged',
      payload: { outcome: 'confirmed', quantity: 25, status: 'active', requestedBy: 'u-bea' },
    });
    expect(applyErpAnswer(done.state, confirmed())).toBeNull();
    const rejected = applyErpAnswer(pending, {
      outcome: 'rejected',
      at: at('2026-03-11T00:00:00Z'),
      payload: {
        changeId: 'chg-1',
        orderNumber: 'SO-9',
        lineNumber: 2,
        reason: 'licence pool locked',
        rejectedAt: at('2026-03-11T00:00:00Z'),
      },
    })!;
    expect(rejected.state).toMatchObject({ quantity: 10, pending: null });
    expect(rejected.events[0]!.payload).toMatchObject({ outcome: 'rejected', reason: 'licence pool locked' });
    expect(() => applyErpAnswer(managementOf(sub(), 'acc-us'), confirmed())).toThrow(/not pending/);
  });
});
