import type { OrderRecord } from './sales-orders';
import { isoDateOf } from '@portal/platform/src/domain';

/** Software subscriptions bought from the vendor: subscription lines of the account's ERP orders (US only). */
export interface Subscription {
  subscriptionId: string;
  orderNumber: string;
  lineNumber: number;
  sku: string;
  product: string;
  quantity: number;
  term: { startDate: string; endDate: string } | null;
  status: 'pending' | 'active' | 'expired' | 'cancelled';
}

export function subscriptionsOf(orders: OrderRecord[], now: Date): Subscription[] {
  const today = isoDateOf(now);
  return orders
    .flatMap((o) =>
      o.lines
        .filter((l) => l.kind === 'subscription')
        .map((l) => ({
          subscriptionId: `${o.orderNumber}-${l.lineNumber}`,
          orderNumber: o.orderNumber,
          lineNumber: l.lineNumber,
          sku: l.sku,
          product: l.description || l.sku,
          quantity: l.quantity,
          term: o.term,
          status:
            o.status === 'cancelled'
              ? ('cancelled' as const)
              : !o.term
                ? ('active' as const)
                : o.term.startDate > today
                  ? ('pending' as const)
                  : o.term.endDate < today
                    ? ('expired' as const)
                    : ('active' as const),
        })),
    )
    .sort((a, b) => (a.subscriptionId < b.subscriptionId ? -1 : 1));
}
