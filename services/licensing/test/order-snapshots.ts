import type { AnyEnvelope, EventPayloads } from '@portal/contracts';
import { erp, erpEvent } from '@portal/platform/src/testing';

type Snapshot = EventPayloads['SalesOrderRecorded'];
type Booked = EventPayloads['SalesOrderBooked'];

/**
 * The order service's sales order snapshots (order.events.v1), as it publishes them from the ERP's facts: the
 * first view is SalesOrderRecorded (revision 1), every change a SalesOrderUpdated with the next revision carrying
 * the whole order. Licensing deposits licences from these; the tests play the order service's part.
 */
export class SalesOrders {
  private readonly orders = new Map<string, { accountId: string; snapshot: Snapshot }>();

  booked(accountId: string, overrides: Partial<Booked> & { orderNumber: string }): AnyEnvelope {
    const b = erp.salesOrderBooked(accountId, overrides).payload;
    const snapshot: Snapshot = {
      orderNumber: b.orderNumber,
      webOrderNumber: b.webOrderNumber,
      contractNumber: b.contractNumber,
      status: 'booked',
      exportHold: false,
      exportHoldReason: null,
      shipped: false,
      confirmed: false,
      cancelled: false,
      placedAt: b.placedAt,
      shippedAt: null,
      confirmedAt: null,
      cancelledAt: null,
      cancelReason: null,
      currency: b.currency,
      lines: b.lines,
      lineWarranties: [],
      shipments: [],
      shipTo: b.shipTo,
      term: b.term,
      resellerAccountId: b.resellerAccountId,
      upgradeRequestId: b.upgradeRequestId,
      purchaseAuthorizationId: b.purchaseAuthorizationId,
      revision: 1,
    };
    this.orders.set(b.orderNumber, { accountId, snapshot });
    return erpEvent('SalesOrderRecorded', b.orderNumber, accountId, snapshot) as AnyEnvelope;
  }

  shipped = (orderNumber: string) => this.update(orderNumber, { shipped: true, shippedAt: new Date() });
  confirmed = (orderNumber: string) => this.update(orderNumber, { confirmed: true, confirmedAt: new Date() });
  cancelled = (orderNumber: string) => this.update(orderNumber, { cancelled: true, cancelledAt: new Date() });
  holdPlaced = (orderNumber: string) => this.update(orderNumber, { exportHold: true, exportHoldReason: 'screening' });
  holdReleased = (orderNumber: string) => this.update(orderNumber, { exportHold: false, exportHoldReason: null });
  /** A newer snapshot that changes nothing licensing reads (e.g. serial numbers merged from a shipment). */
  touched = (orderNumber: string) => this.update(orderNumber, {});

  private update(orderNumber: string, change: Partial<Snapshot>): AnyEnvelope {
    const known = this.orders.get(orderNumber);
    if (!known) throw new Error(`${orderNumber} was not booked in this test`);
    const next = { ...known.snapshot, ...change, revision: known.snapshot.revision + 1 };
    next.status = next.cancelled ? 'cancelled' : next.confirmed ? 'confirmed' : next.shipped ? 'shipped' : 'booked';
    this.orders.set(orderNumber, { accountId: known.accountId, snapshot: next });
    return erpEvent('SalesOrderUpdated', orderNumber, known.accountId, next) as AnyEnvelope;
  }
}
