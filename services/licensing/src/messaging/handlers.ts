import type { EventHandlers } from '@portal/platform';
import type { LicensingApp } from '../licensing-app';

/**
 * Sales order facts straight from the ERP (erp.sales-orders.v1, keyed by order number so one order's facts stay in
 * order): booking, shipment, confirmation, cancellation, export hold placed/released. Each is recorded as a fact
 * and the deposit guard re-evaluated, in one write deduplicated by event id.
 */
export const salesOrderHandlers = (app: LicensingApp): EventHandlers => ({
  SalesOrderBooked: (e) => app.recordBooking(e),
  SalesOrderShipped: (e) =>
    app
      .recordFact(e.payload.orderNumber, { kind: 'shipped', at: e.payload.shippedAt }, e.eventId, e.accountId)
      .then(() => undefined),
  SalesOrderConfirmed: (e) =>
    app
      .recordFact(e.payload.orderNumber, { kind: 'confirmed', at: e.payload.confirmedAt }, e.eventId, e.accountId)
      .then(() => undefined),
  SalesOrderCancelled: (e) =>
    app
      .recordFact(e.payload.orderNumber, { kind: 'cancelled', at: e.payload.cancelledAt }, e.eventId, e.accountId)
      .then(() => undefined),
  ExportHoldPlaced: (e) =>
    app
      .recordFact(e.payload.orderNumber, { kind: 'export-hold-placed', at: e.payload.placedAt }, e.eventId, e.accountId)
      .then(() => undefined),
  ExportHoldReleased: (e) =>
    app
      .recordFact(
        e.payload.orderNumber,
        { kind: 'export-hold-released', at: e.payload.releasedAt },
        e.eventId,
        e.accountId,
      )
      .then(() => undefined),
});

/**
 * Licensing reads its own topic for one fact: a Smart Account activation fans out to every order assigned to it
 * (durable through the outbox, idempotent per order by the activation's event id).
 */
export const ownEventHandlers = (app: LicensingApp): EventHandlers => ({
  SmartAccountActivated: (e) => app.smartAccountActivated(e),
});
