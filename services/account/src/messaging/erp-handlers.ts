import type { EventHandlers, ServiceKit } from '@portal/platform';
import { coverageKept, devicesFromShipment } from '../domain/devices';
import { applyBooked, applyStatus } from '../domain/sales-orders';
import type { Stores } from '../store/stores';

/**
 * erp.sales-orders.v1 -> the account's copy of its orders (recent orders, subscriptions, purchase reports) and its
 * devices (one per shipped serial). Idempotent: each aggregate remembers the event ids it applied.
 */
export function erpHandlers(_kit: ServiceKit, stores: Stores): EventHandlers {
  return {
    SalesOrderBooked: async (event) => {
      await stores.orders.mutate(
        event.payload.orderNumber,
        (current) => ({ state: applyBooked(current?.state ?? null, event.accountId, event.payload), events: [] }),
        { appliedEventId: event.eventId },
      );
    },
    SalesOrderShipped: async (event) => {
      const order = await stores.orders.mutate(
        event.payload.orderNumber,
        (current) =>
          current ? { state: applyStatus(current.state, 'shipped', event.payload.shippedAt), events: [] } : null,
        { appliedEventId: event.eventId },
      );
      const devices = devicesFromShipment(event.accountId, order.state ?? null, event.payload);
      for (const device of devices) {
        await stores.devices.mutate(
          device.serialNumber,
          (current) => ({ state: coverageKept(device, current?.state ?? null), events: [] }),
          { appliedEventId: event.eventId },
        );
      }
    },
    SalesOrderConfirmed: async (event) => {
      await stores.orders.mutate(
        event.payload.orderNumber,
        (current) =>
          current ? { state: applyStatus(current.state, 'confirmed', event.payload.confirmedAt), events: [] } : null,
        { appliedEventId: event.eventId },
      );
    },
    SalesOrderCancelled: async (event) => {
      await stores.orders.mutate(
        event.payload.orderNumber,
        (current) =>
          current ? { state: applyStatus(current.state, 'cancelled', event.payload.cancelledAt), events: [] } : null,
        { appliedEventId: event.eventId },
      );
    },
  };
}
