// Sales-order lifecycles as the ERP sends them: a booking (the ERP simulator's realistic orders), then an export
// hold placed and released, a shipment, and a confirmation or cancellation. Every step changes what a portal user
// sees, so each input implies exactly one order event out (SalesOrderRecorded, then SalesOrderUpdated), with
// `revision` k and the view after k steps; a lifecycle is cut after 2 to 5 steps, so keys carry different counts.
import type { AnyEnvelope, Envelope } from '@portal/contracts';
import { erpEvent } from '@portal/platform/src/testing';
import { realisticOrders } from '../../erp-simulator/realistic-orders';

/** What the order's published view must say after a step. */
export interface ViewAfter {
  status: 'booked' | 'shipped' | 'confirmed' | 'cancelled';
  exportHold: boolean;
}

export interface Lifecycle {
  orderNumber: string;
  /** The ERP events of this order, in the order they are published. */
  events: AnyEnvelope[];
  /** The view after each event: expected[k] is what revision k + 1 carries. */
  expected: ViewAfter[];
}

const SECOND = 1000;

function lifecycleOf(booking: Envelope<'SalesOrderBooked'>, steps: number, confirm: boolean): Lifecycle {
  const { orderNumber } = booking.payload;
  const account = booking.accountId;
  const at = (s: number) => new Date(booking.occurredAt.getTime() + s * SECOND);
  const all: Array<[AnyEnvelope, ViewAfter]> = [
    [booking, { status: 'booked', exportHold: false }],
    [
      erpEvent('ExportHoldPlaced', orderNumber, account, { orderNumber, placedAt: at(1), reason: 'screening' }),
      { status: 'booked', exportHold: true },
    ],
    [
      erpEvent('ExportHoldReleased', orderNumber, account, { orderNumber, releasedAt: at(2) }),
      { status: 'booked', exportHold: false },
    ],
    [
      erpEvent('SalesOrderShipped', orderNumber, account, { orderNumber, shippedAt: at(3), shipments: [] }),
      { status: 'shipped', exportHold: false },
    ],
    confirm
      ? [
          erpEvent('SalesOrderConfirmed', orderNumber, account, { orderNumber, confirmedAt: at(4) }),
          { status: 'confirmed', exportHold: false },
        ]
      : [
          erpEvent('SalesOrderCancelled', orderNumber, account, {
            orderNumber,
            cancelledAt: at(4),
            reason: 'customer request',
          }),
          { status: 'cancelled', exportHold: false },
        ],
  ];
  const taken = all.slice(0, steps);
  return { orderNumber, events: taken.map(([e]) => e), expected: taken.map(([, v]) => v) };
}

/** Lifecycles totalling `events` ERP events (2 to 5 per order), over as many orders as that takes. */
export function lifecycles(events: number, runId: string): Lifecycle[] {
  const result: Lifecycle[] = [];
  let total = 0;
  const bookings = realisticOrders(Math.ceil(events / 2), { prefix: runId, seed: 13 });
  for (let i = 0; total < events; i++) {
    const booking = bookings.next().value as Envelope<'SalesOrderBooked'>;
    const steps = Math.min(2 + (i % 4), events - total);
    const lifecycle = lifecycleOf(booking, Math.max(steps, 1), i % 3 !== 0);
    result.push(lifecycle);
    total += lifecycle.events.length;
  }
  return result;
}

/**
 * The ERP's publishing order: round-robin over the orders, one step at a time, so each order's steps are spread
 * over the run (a kill lands between steps of many orders) while each order's own steps stay in sequence.
 */
export function publishingOrder(all: Lifecycle[]): AnyEnvelope[] {
  const out: AnyEnvelope[] = [];
  const longest = Math.max(...all.map((l) => l.events.length));
  for (let step = 0; step < longest; step++)
    for (const lifecycle of all) if (step < lifecycle.events.length) out.push(lifecycle.events[step]!);
  return out;
}
