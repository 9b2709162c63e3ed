import type { Envelope } from '@portal/contracts';
import { fulfilPurchaseAuthorization } from '../domain/fulfil-purchase-authorization';
import { recordSalesOrder, type LicensingOrder, type SalesOrderSnapshot } from '../domain/licensing-order';
import type { Decision } from '../domain/events';
import type { Licensing } from './licensing';

export type SalesOrderSnapshotEvent = Envelope<'SalesOrderRecorded'> | Envelope<'SalesOrderUpdated'>;

/** What licensing reads of the order service's snapshot (the account is the envelope's: the order's account). */
export function snapshotOf(event: SalesOrderSnapshotEvent): SalesOrderSnapshot {
  const p = event.payload;
  return {
    orderNumber: p.orderNumber,
    webOrderNumber: p.webOrderNumber,
    accountId: event.accountId,
    resellerAccountId: p.resellerAccountId,
    purchaseAuthorizationId: p.purchaseAuthorizationId,
    lines: p.lines,
    term: p.term,
    revision: p.revision,
    shippedAt: p.shippedAt,
    confirmedAt: p.confirmedAt,
    cancelledAt: p.cancelledAt,
    exportHold: p.exportHold,
  };
}

/** The snapshot as a decision on the licensing order (the Kafka entry decides it in its batch). */
export const salesOrderDecision = (
  l: Licensing,
  current: LicensingOrder | null,
  event: SalesOrderSnapshotEvent,
): Decision<LicensingOrder> => recordSalesOrder(current, snapshotOf(event), l.now());

/**
 * After a snapshot naming a purchase authorization: the authorization learns its order (idempotent by the event id,
 * and a fulfilled authorization stays as it is, so every later snapshot of the same order changes nothing).
 */
export async function fulfilPurchaseAuthorizationOf(l: Licensing, event: SalesOrderSnapshotEvent): Promise<void> {
  const p = event.payload;
  if (!p.purchaseAuthorizationId) return;
  const membershipId = await l.store.membershipIdOfPurchaseAuthorization(p.purchaseAuthorizationId);
  if (!membershipId) {
    l.kit.logger.warn(
      { orderNumber: p.orderNumber, purchaseAuthorizationId: p.purchaseAuthorizationId },
      'order references an unknown purchase authorization',
    );
    return;
  }
  await l.mutateMembership(
    membershipId,
    (m) =>
      fulfilPurchaseAuthorization(m, p.purchaseAuthorizationId!, {
        orderNumber: p.orderNumber,
        orderedAt: p.placedAt,
      }),
    event.eventId,
  );
}
