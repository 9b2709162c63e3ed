import type { AnyEnvelope, Envelope, EventPayloads, ShippedLine } from '@portal/contracts';
import { erp, erpEvent } from '@portal/platform/src/testing';
import { bookedSnapshot } from '../src/domain/testing/fixtures';

type Snapshot = EventPayloads['SalesOrderRecorded'];
type Booked = EventPayloads['SalesOrderBooked'];
export type OrderSnapshotEvent = Envelope<'SalesOrderRecorded'> | Envelope<'SalesOrderUpdated'>;

/**
 * order.events.v1 snapshots as the order service publishes them (its fold of the ERP's facts): what the account
 * service builds its orders and devices from. `recorded` is the first snapshot of a booked order; `updated` the next
 * one after a change, one revision up, the whole order again.
 */
export function orderRecorded(accountId: string, booked: Partial<Booked> & { orderNumber: string }): AnyEnvelope {
  const { payload } = erp.salesOrderBooked(accountId, booked);
  const snapshot = bookedSnapshot(payload);
  return erpEvent('SalesOrderRecorded', booked.orderNumber, accountId, snapshot) as AnyEnvelope;
}

/** The next snapshot of the order after a shipment, a confirmation or a cancellation (revision + 1). */
export function orderUpdated(
  previous: AnyEnvelope,
  change: { shipped: ShippedLine[] } | { confirmed: true } | { cancelled: true },
): AnyEnvelope {
  const before = (previous as OrderSnapshotEvent).payload;
  const at = new Date();
  let next: Snapshot = { ...before, revision: before.revision + 1 };
  if ('shipped' in change) {
    next = {
      ...next,
      shipped: true,
      shippedAt: before.shippedAt ?? at,
      shipments: [...before.shipments, { shippedAt: at, lines: change.shipped }],
      lines: before.lines.map((l) => ({
        ...l,
        serialNumbers: [
          ...new Set([
            ...l.serialNumbers,
            ...change.shipped.filter((s) => s.lineNumber === l.lineNumber).flatMap((s) => s.serialNumbers),
          ]),
        ],
      })),
    };
  }
  if ('confirmed' in change) next = { ...next, confirmed: true, confirmedAt: at };
  if ('cancelled' in change) next = { ...next, cancelled: true, cancelledAt: at };
  next.status = next.cancelled ? 'cancelled' : next.confirmed ? 'confirmed' : next.shipped ? 'shipped' : 'booked';
  return erpEvent('SalesOrderUpdated', before.orderNumber, previous.accountId, next) as AnyEnvelope;
}
