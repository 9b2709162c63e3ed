import { event, type Decision, type DomainEvent } from './events';
import { replacePurchaseAuthorization, statusChange, vipRef, type VipMembership } from './vip-membership';

/**
 * The ERP booked an order referencing the PA: pending -> fulfilled. An order for a PA that had already expired
 * still fulfils it (marked late). Any order brings a late membership back to active: the customer did buy. Cancelled
 * PAs and repeats change nothing (null).
 */
export function fulfilPurchaseAuthorization(
  m: VipMembership,
  purchaseAuthorizationId: string,
  order: { orderNumber: string; orderedAt: Date },
): Decision<VipMembership> | null {
  const pa = m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === purchaseAuthorizationId);
  if (!pa || (pa.status !== 'pending' && pa.status !== 'expired')) return null;
  const late = pa.status === 'expired';
  const events: DomainEvent[] = [
    event('PurchaseAuthorizationFulfilled', {
      ...vipRef(m),
      purchaseAuthorizationId,
      orderNumber: order.orderNumber,
      orderedAt: order.orderedAt,
      late,
    }),
  ];
  let state = replacePurchaseAuthorization(m, {
    ...pa,
    status: 'fulfilled',
    orderNumber: order.orderNumber,
    orderedAt: order.orderedAt,
    closedAt: order.orderedAt,
  });
  if (m.status === 'late') {
    events.push(statusChange(m, 'active', 'order-placed', purchaseAuthorizationId));
    state = { ...state, status: 'active' };
  }
  return { state, events };
}
