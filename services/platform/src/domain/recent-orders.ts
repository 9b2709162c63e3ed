/**
 * "Recent orders" (seed 004 item 4), the one rule: orders placed ONLINE (they carry a web order number) in the last
 * 30 days, i.e. placedAt in [now - 30 days, now], newest first, then by order number. Cancelled ones count too.
 * The order service lists its own orders by it (`/recent-orders`, the range pushed to the database); the account
 * service applies it to its copy of order's snapshots (overview), where placedAt is the snapshot's ISO instant.
 */
import { DAY_MS } from './iso-date';

export const RECENT_ORDER_DAYS = 30;

/** What the rule reads of an order: a Date (order's own) or an ISO instant (a copy of its snapshot). */
export interface PlacedOrder {
  orderNumber: string;
  webOrderNumber: string | null;
  placedAt: Date | string;
}

const instant = (at: Date | string) => (at instanceof Date ? at.getTime() : Date.parse(at));

/** The first instant that is still recent. */
export const recentSince = (now: Date): Date => new Date(now.getTime() - RECENT_ORDER_DAYS * DAY_MS);

export function isRecentOnlineOrder(order: Omit<PlacedOrder, 'orderNumber'>, now: Date): boolean {
  const t = instant(order.placedAt);
  return order.webOrderNumber !== null && t >= recentSince(now).getTime() && t <= now.getTime();
}

/** The recent online orders among `orders`, newest first, then by order number (the order a keyset list gives). */
export function recentOnlineOrders<T extends PlacedOrder>(orders: readonly T[], now: Date): T[] {
  return orders
    .filter((o) => isRecentOnlineOrder(o, now))
    .sort(
      (a, b) =>
        instant(b.placedAt) - instant(a.placedAt) ||
        (a.orderNumber < b.orderNumber ? -1 : a.orderNumber > b.orderNumber ? 1 : 0),
    );
}
