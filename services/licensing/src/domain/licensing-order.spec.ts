import fc from 'fast-check';
import { assignOrderToSmartAccount } from './assign-order-to-smart-account';
import type { OrderFact } from './deposit-guard';
import type { Decision, DomainEvent } from './events';
import { recordBooking, recordOrderFact, type LicensingOrder } from './licensing-order';
import { at, sam, smartAccount } from './test-fixtures';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const booking = {
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
};
const facts: OrderFact[] = [
  { kind: 'shipped', at: t(10) },
  { kind: 'confirmed', at: t(20) },
  { kind: 'export-hold-placed', at: t(1) },
  { kind: 'export-hold-released', at: t(30) },
  { kind: 'smart-account-active', smartAccountId: 'sa-acme' },
];
type Step = { kind: 'fact'; fact: OrderFact } | { kind: 'booking' } | { kind: 'assignment' };

/** Plays a sequence of arrivals through the order aggregate, as the handlers and the route do. */
function play(steps: Step[]) {
  let order: LicensingOrder | null = null;
  const events: DomainEvent[] = [];
  const pendingSa = smartAccount({ status: 'pending' });
  for (const step of steps) {
    const now = at('2026-01-02T00:00:00Z');
    const d: Decision<LicensingOrder> =
      step.kind === 'booking'
        ? recordBooking(order, booking, now)
        : step.kind === 'fact'
          ? recordOrderFact(order, 'SO-P', step.fact, now)
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

/** Every arrival order of the facts (with duplicates), the booking anywhere, the assignment any time after the booking. */
const arrivals = fc
  .tuple(fc.array(fc.constantFrom(...facts), { maxLength: 10 }), fc.nat(), fc.nat())
  .chain(([extra, b, a]) =>
    fc
      .shuffledSubarray([...facts, ...extra], {
        minLength: facts.length + extra.length,
        maxLength: facts.length + extra.length,
      })
      .map((shuffled) => {
        const steps: Step[] = shuffled.map((fact) => ({ kind: 'fact', fact }));
        const bookingAt = b % (steps.length + 1);
        steps.splice(bookingAt, 0, { kind: 'booking' });
        const assignmentAt = bookingAt + 1 + (a % (steps.length - bookingAt));
        steps.splice(assignmentAt, 0, { kind: 'assignment' });
        return steps;
      }),
  );

describe('order aggregate over every arrival order', () => {
  it('Given any arrival order of booking, assignment, shipment, confirmation, hold and activation with duplicates, When played, Then one LicencesDeposited with each licence line once', () => {
    fc.assert(
      fc.property(arrivals, (steps) => {
        const { order, events } = play(steps);
        const deposits = events.filter((e) => e.type === 'LicencesDeposited');
        expect(deposits).toHaveLength(1);
        expect(order.entitlements.map((e) => e.lineNumber).sort()).toEqual([1, 2]);
        expect(order.waitingReasons).toEqual([]);
        expect(events.filter((e) => e.type === 'OrderAssignedToSmartAccount')).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
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
