import type { EventOf } from '@portal/platform';
import { decides, type EventHandlers } from '@portal/platform';
import type { OrderFact } from '../domain/deposit-guard';
import { recordOrderFact, type LicensingOrder } from '../domain/licensing-order';
import type { LicensingApp } from '../licensing-app';

type FactEvent =
  'SalesOrderShipped' | 'SalesOrderConfirmed' | 'SalesOrderCancelled' | 'ExportHoldPlaced' | 'ExportHoldReleased';

function factOf(e: EventOf<FactEvent>): OrderFact {
  switch (e.eventType) {
    case 'SalesOrderShipped':
      return { kind: 'shipped', at: e.payload.shippedAt };
    case 'SalesOrderConfirmed':
      return { kind: 'confirmed', at: e.payload.confirmedAt };
    case 'SalesOrderCancelled':
      return { kind: 'cancelled', at: e.payload.cancelledAt };
    case 'ExportHoldPlaced':
      return { kind: 'export-hold-placed', at: e.payload.placedAt };
    case 'ExportHoldReleased':
      return { kind: 'export-hold-released', at: e.payload.releasedAt };
  }
}

/**
 * Sales order facts straight from the ERP (erp.sales-orders.v1, keyed by order number so one order's facts stay in
 * order): booking, shipment, confirmation, cancellation, export hold placed/released. Each is recorded as a fact
 * and the deposit guard re-evaluated, in one write deduplicated by event id, batched by the platform.
 */
export const salesOrderHandlers = (app: LicensingApp): EventHandlers => {
  const booking = decides<LicensingOrder, 'SalesOrderBooked'>(app.store.orders, {
    id: (e) => e.payload.orderNumber,
    decide: (current, e) => app.bookingOf(current, e),
    accountId: (o, e) => o.accountId ?? e.accountId,
    after: (_outcome, e) => app.fulfilPurchaseAuthorization(e),
  });
  const fact = decides<LicensingOrder, FactEvent>(app.store.orders, {
    id: (e) => e.payload.orderNumber,
    decide: (current, e) => recordOrderFact(current, e.payload.orderNumber, factOf(e), app.now()),
    accountId: (o, e) => o.accountId ?? e.accountId,
  });
  return {
    SalesOrderBooked: booking,
    SalesOrderShipped: fact,
    SalesOrderConfirmed: fact,
    SalesOrderCancelled: fact,
    ExportHoldPlaced: fact,
    ExportHoldReleased: fact,
  };
};

/**
 * Licensing reads its own topic for one fact: a Smart Account activation fans out to every order assigned to it
 * (a query, so an old-style handler; durable through the outbox, idempotent per order by the activation's event id).
 */
export const ownEventHandlers = (app: LicensingApp): EventHandlers => ({
  SmartAccountActivated: (e) => app.smartAccountActivated(e),
});
