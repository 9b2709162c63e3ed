import { decides, type EventHandlers } from '@portal/platform';
import type { Licensing } from '../app/licensing';
import { smartAccountActivated } from '../app/order-assignment';
import { fulfilPurchaseAuthorizationOf, salesOrderDecision } from '../app/sales-order-snapshots';
import type { LicensingOrder } from '../domain/licensing-order';

/**
 * The order service's sales order snapshots (order.events.v1, keyed by order number): the highest revision is the
 * order as licensing sees it, and the deposit guard is re-evaluated, in one write deduplicated by event id, batched
 * by the platform. The other events of the topic (contracts, invoices, upgrade requests) are not licensing's.
 */
export const salesOrderHandlers = (l: Licensing): EventHandlers => {
  const snapshot = decides<LicensingOrder, 'SalesOrderRecorded' | 'SalesOrderUpdated'>(l.store.orders, {
    id: (e) => e.payload.orderNumber,
    decide: (current, e) => salesOrderDecision(l, current, e),
    accountId: (o, e) => o.accountId ?? e.accountId,
    after: (_outcome, e) => fulfilPurchaseAuthorizationOf(l, e),
  });
  return { SalesOrderRecorded: snapshot, SalesOrderUpdated: snapshot };
};

/**
 * Licensing reads its own topic for one fact: a Smart Account activation fans out to every order assigned to it
 * (a query, so an old-style handler; durable through the outbox, idempotent per order by the activation's event id).
 */
export const ownEventHandlers = (l: Licensing): EventHandlers => ({
  SmartAccountActivated: (e) => smartAccountActivated(l, e),
});
