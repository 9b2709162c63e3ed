import type { SalesOrderBookedPayload, SalesOrderLine } from '@portal/contracts';

/**
 * The account service's copy of the ERP's sales orders (erp.sales-orders.v1), the source of recent orders,
 * devices, software subscriptions and purchase reports. Recent orders come from the ERP (an order with a web order
 * number was placed online) rather than order.events.v1: the ERP is the system of record for what was ordered,
 * and this stream is the one that also carries shipments and serial numbers.
 */
export type OrderStatus = 'booked' | 'shipped' | 'confirmed' | 'cancelled';

export interface OrderRecord {
  orderNumber: string;
  accountId: string;
  webOrderNumber: string | null;
  contractNumber: string | null;
  placedAt: string;
  currency: string;
  lines: Omit<SalesOrderLine, 'serialNumbers'>[];
  term: { startDate: string; endDate: string } | null;
  status: OrderStatus;
  shippedAt: string | null;
  totalMinor: number;
}

export const orderTotalMinor = (lines: Pick<SalesOrderLine, 'quantity' | 'unitPrice'>[]) =>
  lines.reduce((sum, l) => sum + l.quantity * l.unitPrice.amountMinor, 0);

/** SalesOrderBooked is the full order as booked; a repeat keeps what later events said (shipped, cancelled). */
export function applyBooked(existing: OrderRecord | null, accountId: string, p: SalesOrderBookedPayload): OrderRecord {
  return {
    orderNumber: p.orderNumber,
    accountId,
    webOrderNumber: p.webOrderNumber,
    contractNumber: p.contractNumber,
    placedAt: p.placedAt.toISOString(),
    currency: p.currency,
    lines: p.lines.map(({ serialNumbers: _serials, ...line }) => line),
    term: p.term,
    status: existing?.status ?? 'booked',
    shippedAt: existing?.shippedAt ?? null,
    totalMinor: orderTotalMinor(p.lines),
  };
}

export function applyStatus(existing: OrderRecord, status: Exclude<OrderStatus, 'booked'>, at: Date): OrderRecord {
  if (existing.status === 'cancelled') return existing;
  if (status === 'confirmed' && existing.status === 'booked') return { ...existing, status };
  return { ...existing, status, shippedAt: status === 'shipped' ? at.toISOString() : existing.shippedAt };
}

export const RECENT_ORDER_DAYS = 30;

/** Orders placed online in the last 30 days, newest first (seed 004 item 4). */
export function recentOnlineOrders(orders: OrderRecord[], now: Date, days = RECENT_ORDER_DAYS): OrderRecord[] {
  const since = now.getTime() - days * 24 * 60 * 60 * 1000;
  return orders
    .filter(
      (o) => o.webOrderNumber !== null && Date.parse(o.placedAt) >= since && Date.parse(o.placedAt) <= now.getTime(),
    )
    .sort((a, b) =>
      a.placedAt > b.placedAt ? -1 : a.placedAt < b.placedAt ? 1 : a.orderNumber < b.orderNumber ? -1 : 1,
    );
}

export const recentOrderSummary = (o: OrderRecord) => ({
  orderNumber: o.orderNumber,
  webOrderNumber: o.webOrderNumber,
  placedAt: o.placedAt,
  status: o.status,
  total: { amountMinor: o.totalMinor, currency: o.currency },
  lineCount: o.lines.length,
});
