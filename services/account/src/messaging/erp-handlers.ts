import { decides, type EventHandlers, type ServiceKit } from '@portal/platform';
import { coverageKept, devicesFromShipment } from '../domain/devices';
import { applyBooked, applyStatus, type OrderRecord } from '../domain/sales-orders';
import type { Stores } from '../store/stores';

type StatusEvent = 'SalesOrderShipped' | 'SalesOrderConfirmed' | 'SalesOrderCancelled';

/**
 * erp.sales-orders.v1 -> the account's copy of its orders (recent orders, subscriptions, purchase reports) and its
 * devices (one per shipped serial). Idempotent: each aggregate remembers the event ids it applied.
 */
export function erpHandlers(_kit: ServiceKit, stores: Stores): EventHandlers {
  const booked = decides<OrderRecord, 'SalesOrderBooked'>(stores.orders, {
    id: (event) => event.payload.orderNumber,
    decide: (current, event) => ({ state: applyBooked(current, event.accountId, event.payload), events: [] }),
  });
  const status = decides<OrderRecord, StatusEvent>(stores.orders, {
    id: (event) => event.payload.orderNumber,
    decide: (current, event) => {
      if (!current) return null;
      switch (event.eventType) {
        case 'SalesOrderShipped':
          return { state: applyStatus(current, 'shipped', event.payload.shippedAt), events: [] };
        case 'SalesOrderConfirmed':
          return { state: applyStatus(current, 'confirmed', event.payload.confirmedAt), events: [] };
        case 'SalesOrderCancelled':
          return { state: applyStatus(current, 'cancelled', event.payload.cancelledAt), events: [] };
      }
    },
    // One device per shipped serial: how many depends on the order, so they are stored after it (idempotently).
    after: async ({ state }, event) => {
      if (event.eventType !== 'SalesOrderShipped') return;
      for (const device of devicesFromShipment(event.accountId, state, event.payload)) {
        await stores.devices.decide(
          device.serialNumber,
          (current) => ({ state: coverageKept(device, current ?? null), events: [] }),
          { appliedEventId: event.eventId },
        );
      }
    },
  });
  return {
    SalesOrderBooked: booked,
    SalesOrderShipped: status,
    SalesOrderConfirmed: status,
    SalesOrderCancelled: status,
  };
}
