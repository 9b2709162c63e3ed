import type { SalesOrderLine, SalesOrderRecordedPayload, ShippedLine } from '@portal/contracts';

/**
 * The account service's copy of the sales orders, the source of recent orders (overview), devices, software
 * subscriptions and purchase reports. The order service is the one owner of sales-order facts: it folds the ERP's
 * events (in any arrival order) and publishes each order's whole current state on order.events.v1
 * (SalesOrderRecorded/SalesOrderUpdated) with a revision that grows with every change. This copy adopts the newest
 * snapshot it sees and ignores older or repeated ones, so delivery order and redelivery do not matter.
 */
export type OrderStatus = 'booked' | 'shipped' | 'confirmed' | 'cancelled';
const ORDER_STATUSES: readonly string[] = ['booked', 'shipped', 'confirmed', 'cancelled'];

export interface Shipment {
  shippedAt: string;
  lines: ShippedLine[];
}

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
  /** Each shipment as shipped (serials, warranty end per line): one device per serial. */
  shipments?: Shipment[];
  /** The order snapshot's revision this copy holds (absent: a copy made before snapshots, any snapshot replaces it). */
  revision?: number;
}

export const orderTotalMinor = (lines: Pick<SalesOrderLine, 'quantity' | 'unitPrice'>[]) =>
  lines.reduce((sum, l) => sum + l.quantity * l.unitPrice.amountMinor, 0);

/**
 * Adopts an order snapshot (SalesOrderRecorded and SalesOrderUpdated carry the same payload) when it is newer than
 * the copy held; null when it is not (older, repeated): nothing changes. An unknown status is an integration error.
 */
export function adoptOrderSnapshot(
  current: OrderRecord | null,
  accountId: string,
  snapshot: SalesOrderRecordedPayload,
): OrderRecord | null {
  if (current && (current.revision ?? 0) >= snapshot.revision) return null;
  if (!ORDER_STATUSES.includes(snapshot.status))
    throw new Error(`order ${snapshot.orderNumber}: unknown status ${snapshot.status}`);
  return {
    orderNumber: snapshot.orderNumber,
    accountId,
    webOrderNumber: snapshot.webOrderNumber,
    contractNumber: snapshot.contractNumber,
    placedAt: snapshot.placedAt.toISOString(),
    currency: snapshot.currency,
    lines: snapshot.lines.map(({ serialNumbers: _serials, ...line }) => line),
    term: snapshot.term,
    status: snapshot.status as OrderStatus,
    shippedAt: snapshot.shippedAt?.toISOString() ?? null,
    totalMinor: orderTotalMinor(snapshot.lines),
    shipments: snapshot.shipments.map((s) => ({ shippedAt: s.shippedAt.toISOString(), lines: s.lines })),
    revision: snapshot.revision,
  };
}

export const recentOrderSummary = (o: OrderRecord) => ({
  orderNumber: o.orderNumber,
  webOrderNumber: o.webOrderNumber,
  placedAt: o.placedAt,
  status: o.status,
  total: { amountMinor: o.totalMinor, currency: o.currency },
  lineCount: o.lines.length,
});
