import type { SalesOrderRecordedPayload } from '@portal/contracts';
import { coverageKept, devicesOfOrder } from '../domain/devices';
import { adoptOrderSnapshot, type OrderRecord } from '../domain/sales-orders';
import type { Decision } from '@portal/platform';
import type { Stores } from '../store/stores';

/** The order service's snapshot of a sales order, adopted when newer than the copy held (no events of our own). */
export const adoptOrder = (
  current: OrderRecord | null,
  accountId: string,
  snapshot: SalesOrderRecordedPayload,
): Decision<OrderRecord> => {
  const state = adoptOrderSnapshot(current, accountId, snapshot);
  return state ? { state, events: [] } : null;
};

/**
 * One device per serial the order shipped, each keeping the support coverage it already has. Devices are other
 * aggregates, so they are written after the order, idempotently, from the order copy held (the newest snapshot):
 * an older snapshot delivered late rewrites the devices of the newest one, never its own.
 */
export async function recordDevicesOf(stores: Stores, order: OrderRecord, eventId: string): Promise<void> {
  for (const device of devicesOfOrder(order)) {
    await stores.devices.decide(
      device.serialNumber,
      (current) => ({ state: coverageKept(device, current ?? null), events: [] }),
      { appliedEventId: eventId },
    );
  }
}
