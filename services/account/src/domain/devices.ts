import type { OrderRecord } from './sales-orders';
import { addDays, isoDateOf } from '@portal/platform/src/domain';

/** A shipped asset of the account (seed 004 item 10), keyed by its serial number (service tag). */
export interface Device {
  serialNumber: string;
  accountId: string;
  sku: string;
  product: string;
  orderNumber: string;
  lineNumber: number;
  shippedAt: string;
  warrantyEndsOn: string | null;
  /** Support plan on the device, once a service contract renewal/upgrade was requested for it. */
  supportPlan: string | null;
  /** The service contract covering the device and the day its support ends (ERP-confirmed renewals). */
  serviceContractNumber?: string | null;
  supportEndsOn?: string | null;
}

export type WarrantyStatus = 'active' | 'expiring' | 'expired' | 'unknown';
export const EXPIRING_WITHIN_DAYS = 30;

export const normalizeSerial = (serial: string) => serial.trim().toUpperCase();

/**
 * Every serial the order shipped becomes a device; the product name comes from the order line. A serial shipped
 * twice (a re-ship) is the device of its latest shipment.
 */
export function devicesOfOrder(
  order: Pick<OrderRecord, 'accountId' | 'orderNumber' | 'lines' | 'shipments'>,
): Device[] {
  const bySerial = new Map<string, Device>();
  for (const shipment of order.shipments ?? []) {
    for (const shipped of shipment.lines) {
      const line = order.lines.find((l) => l.lineNumber === shipped.lineNumber);
      for (const serial of shipped.serialNumbers) {
        bySerial.set(normalizeSerial(serial), {
          serialNumber: normalizeSerial(serial),
          accountId: order.accountId,
          sku: shipped.sku,
          product: line?.description || shipped.sku,
          orderNumber: order.orderNumber,
          lineNumber: shipped.lineNumber,
          shippedAt: shipment.shippedAt,
          warrantyEndsOn: shipped.warrantyEndsOn,
          supportPlan: null,
        });
      }
    }
  }
  return [...bySerial.values()];
}

/** A shipment seen again (replay, re-ship) keeps the support coverage the device already has. */
export const coverageKept = (shipped: Device, current: Device | null): Device => ({
  ...shipped,
  supportPlan: current?.supportPlan ?? null,
  serviceContractNumber: current?.serviceContractNumber ?? null,
  supportEndsOn: current?.supportEndsOn ?? null,
});

/** Warranty from its end date (inclusive) and the clock: expiring in the last 30 days, unknown without an end date. */
export function warrantyStatus(device: Pick<Device, 'warrantyEndsOn'>, now: Date): WarrantyStatus {
  if (!device.warrantyEndsOn) return 'unknown';
  const today = isoDateOf(now);
  if (device.warrantyEndsOn < today) return 'expired';
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  return device.warrantyEndsOn <= soon ? 'expiring' : 'active';
}

/** A serial search: case-insensitive prefix of the service tag (at least 2 characters). */
export function serialSearchPrefix(query: string): string | null {
  const q = normalizeSerial(query);
  return /^[A-Z0-9-]{2,64}$/.test(q) ? q : null;
}

export const deviceView = (d: Device, now: Date) => ({
  serialNumber: d.serialNumber,
  sku: d.sku,
  product: d.product,
  orderNumber: d.orderNumber,
  shippedAt: d.shippedAt,
  warrantyEndsOn: d.warrantyEndsOn,
  warrantyStatus: warrantyStatus(d, now),
  supportPlan: d.supportPlan,
  serviceContractNumber: d.serviceContractNumber ?? null,
  supportEndsOn: d.supportEndsOn ?? null,
});

/** The devices and warranty expiry report (seed 004 items 9-10): devices whose warranty ends in the period. */
export const WARRANTY_REPORT_COLUMNS = [
  { key: 'serialNumber', header: 'Serial number' },
  { key: 'product', header: 'Product' },
  { key: 'sku', header: 'SKU' },
  { key: 'orderNumber', header: 'Order number' },
  { key: 'shippedAt', header: 'Shipped at (UTC)' },
  { key: 'warrantyEndsOn', header: 'Warranty ends on' },
  { key: 'warrantyStatus', header: 'Warranty status' },
  { key: 'supportPlan', header: 'Support plan' },
] as const;

export type WarrantyRow = Record<(typeof WARRANTY_REPORT_COLUMNS)[number]['key'], string>;

export const warrantyRow = (d: Device, now: Date): WarrantyRow => ({
  serialNumber: d.serialNumber,
  product: d.product,
  sku: d.sku,
  orderNumber: d.orderNumber,
  shippedAt: d.shippedAt,
  warrantyEndsOn: d.warrantyEndsOn ?? '',
  warrantyStatus: warrantyStatus(d, now),
  supportPlan: d.supportPlan ?? '',
});
