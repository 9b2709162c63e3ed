import fc from 'fast-check';
import { assignOrderToSmartAccount } from './assign-order-to-smart-account';
import type { Decision, DomainEvent } from './events';
import { recordOrderFact, recordSalesOrder, type LicensingOrder, type SalesOrderSnapshot } from './licensing-order';
import { at, sam, smartAccount } from './test-fixtures';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const booked: SalesOrderSnapshot = {
  orderNumber: 'SO-P',
  webOrderNumber: null,
  accountId: 'acc-acme',
  resellerAccountId: null,
  purchaseAuthorizationId: null,
  lines: [
    { lineNumber: 1, sku: 'SW-1', kind: 'software' as const, quantity: 3 },
    { lineNumber: 2, sku: 'SUB-1', kind: 'subscription' as const, quantity: 1 },
    { lineNumber: 3, sku: 'HW-1', kind: 'hardware' as const, quantity: 1 },
  ],
  term: null,
  revision: 1,
  shippedAt: null,
  confirmedAt: null,
  cancelledAt: null,
  exportHold: false,
};
/** The order service's snapshots of one order: booked, held, shipped, confirmed, released (revisions 1 to 5). */
const snapshots: SalesOrderSnapshot[] = [
  booked,
  { ...booked, revision: 2, exportHold: true },
  { ...booked, revision: 3, exportHold: true, shippedAt: t(10) },
  { ...booked, revision: 4, exportHold: true, shippedAt: t(10), confirmedAt: t(20) },
  { ...booked, revision: 5, exportHold: false, shippedAt: t(10), confirmedAt: t(20) },
];
type Step = { kind: 'snapshot'; snapshot: SalesOrderSnapshot } | { kind: 'activation' } | { kind: 'assignment' };

/** Plays a sequence of arrivals through the order aggregate, as the handlers and the route do. */
function play(steps: Step[]) {
  let order: LicensingOrder | null = null;
  const events: DomainEvent[] = [];
  const pendingSa = smartAccount({ status: 'pending' });
  for (const step of steps) {
    const now = at('2026-01-02T00:00:00Z');
    const d: Decision<LicensingOrder> =
      step.kind === 'snapshot'
        ? recordSalesOrder(order, step.snapshot, now)
        : step.kind === 'activation'
          ? recordOrderFact(order, 'SO-P', { kind: 'smart-account-active', smartAccountId: 'sa-acme' }, now)
          : assignOrderToSmartAccount(
              order!,
              { smartAccountId: 'sa-acme', virtualAccountId: 'va-acme-default', termsAccepted: true },
              { caller: sam, smartAccount: pendingSa, accountResellerIds: [], now },
            );
    order = d.state;
    events.push(...d.events);
  }
  return { order: order!, events };
}

const arrivalsOf: Step[] = [
  ...snapshots.map((snapshot) => ({ kind: 'snapshot' as const, snapshot })),
  { kind: 'activation' },
];

/** Every arrival order of the snapshots and the activation (with duplicates), the assignment any time after a snapshot. */
const arrivals = fc.tuple(fc.array(fc.constantFrom(...arrivalsOf), { maxLength: 10 }), fc.nat()).chain(([extra, a]) =>
  fc
    .shuffledSubarray([...arrivalsOf, ...extra], {
      minLength: arrivalsOf.length + extra.length,
      maxLength: arrivalsOf.length + extra.length,
    })
    .map((shuffled) => {
      const steps: Step[] = [...shuffled];
      const firstSnapshot = steps.findIndex((s) => s.kind === 'snapshot');
      const assignmentAt = firstSnapshot + 1 + (a % (steps.length - firstSnapshot));
      steps.splice(assignmentAt, 0, { kind: 'assignment' });
      return steps;
    }),
);

describe('order aggregate over every arrival order', () => {
  it('Given any arrival order of the order service snapshots (booked, held, shipped, confirmed, released), the assignment and the activation with duplicates, When played, Then one LicencesDeposited with each licence line once', () => {
    fc.assert(
      fc.property(arrivals, (steps) => {
        const { order, events } = play(steps);
        const deposits = events.filter((e) => e.type === 'LicencesDeposited');
        expect(deposits).toHaveLength(1);
        expect(order.entitlements.map((e) => e.lineNumber).sort()).toEqual([1, 2]);
        expect(order.waitingReasons).toEqual([]);
        expect(events.filter((e) => e.type === 'OrderAssignedToSmartAccount')).toHaveLength(1);
        expect(order.conditions).toMatchObject({ revision: 5, exportHold: false, confirmedAt: t(20) });
      }),
      { numRuns: 400 },
    );
  });

  it('Given the latest snapshot, When an older one is replayed, Then nothing changes', () => {
    const latest = recordSalesOrder(null, snapshots[4]!, at('2026-01-02T00:00:00Z')).state;
    const replayed = recordSalesOrder(latest, snapshots[2]!, at('2026-01-03T00:00:00Z'));
    expect(replayed).toEqual({ state: latest, events: [] });
    expect(recordSalesOrder(latest, snapshots[4]!, at('2026-01-03T00:00:00Z')).state).toBe(latest);
  });

  it('Given any arrival order, When the order waits, Then consecutive AssignmentWaiting events never repeat the same reasons', () => {
    fc.assert(
      fc.property(arrivals, (steps) => {
        const reasons = play(steps)
          .events.filter((e) => e.type === 'AssignmentWaiting')
          .map((e) => JSON.stringify((e.payload as { reasons: string[] }).reasons));
        reasons.forEach((r, i) => expect(r).not.toBe(reasons[i - 1]));
      }),
      { numRuns: 200 },
    );
  });
});
