import type { AnyEnvelope, Envelope, EventPayloads, ShippedLine } from '@portal/contracts';
import { erp, erpEvent } from './erp-events';

export type SalesOrderSnapshot = EventPayloads['SalesOrderRecorded'];
type Booked = EventPayloads['SalesOrderBooked'];
export type OrderSnapshotEvent = Envelope<'SalesOrderRecorded'> | Envelope<'SalesOrderUpdated'>;

/** A change of a sales order, as the next snapshot shows it. */
export type OrderChange =
  | { shipped: ShippedLine[] }
  | { confirmed: true }
  | { cancelled: true }
  | { holdPlaced: true }
  | { holdReleased: true }
  /** A newer snapshot that changes nothing a reader keeps (e.g. serial numbers merged from a shipment). */
  | { touched: true };

/**
 * order.events.v1 snapshots as the order service publishes them (its fold of the ERP's facts), for the services that
 * read them (account, licensing, change-ticket): the first is SalesOrderRecorded (revision 1, booked), every change
 * a SalesOrderUpdated one revision up carrying the whole order. Pure (no I/O): unit specs may use it too.
 */
export const bookedSnapshot = (booked: Booked): SalesOrderSnapshot => ({
  ...booked,
  status: 'booked',
  exportHold: false,
  exportHoldReason: null,
  cancelReason: null,
  shipped: false,
  confirmed: false,
  cancelled: false,
  shippedAt: null,
  confirmedAt: null,
  cancelledAt: null,
  lineWarranties: [],
  shipments: [],
  revision: 1,
});

/** The first snapshot of a booked order (`erp.salesOrderBooked`'s defaults, overridden by `booked`). */
export function orderRecorded(accountId: string, booked: Partial<Booked> & { orderNumber: string }): AnyEnvelope {
  const snapshot = bookedSnapshot(erp.salesOrderBooked(accountId, booked).payload);
  return erpEvent('SalesOrderRecorded', booked.orderNumber, accountId, snapshot) as AnyEnvelope;
}

/** The snapshot after `change`, one revision up; the status follows the flags as order derives it. */
export function nextSnapshot(before: SalesOrderSnapshot, change: OrderChange, at = new Date()): SalesOrderSnapshot {
  let next: SalesOrderSnapshot = { ...before, revision: before.revision + 1 };
  if ('shipped' in change) {
    const shippedOn = (lineNumber: number) =>
      change.shipped.filter((s) => s.lineNumber === lineNumber).flatMap((s) => s.serialNumbers);
    next = {
      ...next,
      shipped: true,
      shippedAt: before.shippedAt ?? at,
      shipments: [...before.shipments, { shippedAt: at, lines: change.shipped }],
      lines: before.lines.map((l) => ({
        ...l,
        serialNumbers: [...new Set([...l.serialNumbers, ...shippedOn(l.lineNumber)])],
      })),
    };
  }
  if ('confirmed' in change) next = { ...next, confirmed: true, confirmedAt: at };
  if ('cancelled' in change) next = { ...next, cancelled: true, cancelledAt: at };
  if ('holdPlaced' in change) next = { ...next, exportHold: true, exportHoldReason: 'screening' };
  if ('holdReleased' in change) next = { ...next, exportHold: false, exportHoldReason: null };
  next.status = next.cancelled ? 'cancelled' : next.confirmed ? 'confirmed' : next.shipped ? 'shipped' : 'booked';
  return next;
}

/** The next snapshot event of the order `previous` announced (revision + 1). */
export function orderUpdated(previous: AnyEnvelope, change: OrderChange, at = new Date()): AnyEnvelope {
  const before = (previous as OrderSnapshotEvent).payload;
  const next = nextSnapshot(before, change, at);
  return erpEvent('SalesOrderUpdated', before.orderNumber, previous.accountId, next) as AnyEnvelope;
}

/** The order service's part in a test: remembers each order's last snapshot, so a change needs only its number. */
export class SalesOrders {
  private readonly last = new Map<string, AnyEnvelope>();

  booked(accountId: string, booked: Partial<Booked> & { orderNumber: string }): AnyEnvelope {
    return this.remember(orderRecorded(accountId, booked));
  }

  shipped = (orderNumber: string, lines: ShippedLine[] = []) => this.update(orderNumber, { shipped: lines });
  confirmed = (orderNumber: string) => this.update(orderNumber, { confirmed: true });
  cancelled = (orderNumber: string) => this.update(orderNumber, { cancelled: true });
  holdPlaced = (orderNumber: string) => this.update(orderNumber, { holdPlaced: true });
  holdReleased = (orderNumber: string) => this.update(orderNumber, { holdReleased: true });
  touched = (orderNumber: string) => this.update(orderNumber, { touched: true });

  private update(orderNumber: string, change: OrderChange): AnyEnvelope {
    const known = this.last.get(orderNumber);
    if (!known) throw new Error(`${orderNumber} was not booked in this test`);
    return this.remember(orderUpdated(known, change));
  }

  private remember(event: AnyEnvelope): AnyEnvelope {
    this.last.set((event as OrderSnapshotEvent).payload.orderNumber, event);
    return event;
  }
}
