/**
 * Recent orders (seed 004 item 4): orders of the caller's accounts placed ONLINE (they carry a web order number)
 * in the last 30 days, i.e. placedAt in [now - 30 days, now], newest first. Cancelled ones are listed too (with
 * their status). Re-order turns an order's lines into a cart-ready payload (SKU, quantity, unit price, no serial
 * numbers, which belong to the delivered units).
 */
import { DAY_MS } from './dates';
import type { SalesOrderView } from './sales-order';
import type { Address, LineKind, Money } from './types';

export const RECENT_DAYS = 30;

export const recentSince = (now: Date): Date => new Date(now.getTime() - RECENT_DAYS * DAY_MS);

export function isRecentOnlineOrder(order: Pick<SalesOrderView, 'webOrderNumber' | 'placedAt'>, now: Date): boolean {
  const t = order.placedAt.getTime();
  return order.webOrderNumber !== null && t >= recentSince(now).getTime() && t <= now.getTime();
}

export function recentOrders<T extends Pick<SalesOrderView, 'webOrderNumber' | 'placedAt' | 'orderNumber'>>(
  orders: T[],
  now: Date,
): T[] {
  return orders
    .filter((o) => isRecentOnlineOrder(o, now))
    .sort((a, b) => b.placedAt.getTime() - a.placedAt.getTime() || a.orderNumber.localeCompare(b.orderNumber));
}

export interface CartPayload {
  sourceOrderNumber: string;
  sourceWebOrderNumber: string | null;
  currency: string;
  items: { sku: string; kind: LineKind; description: string; quantity: number; unitPrice: Money; lineTotal: Money }[];
  subtotal: Money;
  shipTo: Address;
}

export function reorderCart(order: SalesOrderView): CartPayload {
  const items = [...order.lines]
    .sort((a, b) => a.lineNumber - b.lineNumber)
    .map((l) => ({
      sku: l.sku,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: { amountMinor: l.unitPrice.amountMinor * l.quantity, currency: l.unitPrice.currency },
    }));
  return {
    sourceOrderNumber: order.orderNumber,
    sourceWebOrderNumber: order.webOrderNumber,
    currency: order.currency,
    items,
    subtotal: { amountMinor: items.reduce((n, i) => n + i.lineTotal.amountMinor, 0), currency: order.currency },
    shipTo: order.shipTo,
  };
}
