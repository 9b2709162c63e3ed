/**
 * Re-order of a recent order (seed 004 item 4; which orders are recent is the platform's `recentOnlineOrders`, one
 * rule for order's list and account's overview): an order's lines as a cart-ready payload (SKU, quantity, unit
 * price, no serial numbers, which belong to the delivered units).
 */
import type { SalesOrderView } from './sales-order';
import type { Address, LineKind, Money } from './types';

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
