import { decides, type EventHandlers } from '@portal/platform';
import { adoptOrder, recordDevicesOf } from '../app/sales-orders';
import type { OrderRecord } from '../domain/sales-orders';
import type { Stores } from '../store/stores';

/**
 * order.events.v1 -> the account's copy of its sales orders (overview, subscriptions, purchase reports) and its
 * devices. The order service owns the sales-order facts and publishes each order whole with a growing revision:
 * the newest snapshot wins whatever the delivery order, and a redelivery changes nothing.
 */
export function orderSnapshotHandlers(stores: Stores): EventHandlers {
  const snapshot = decides<OrderRecord, 'SalesOrderRecorded' | 'SalesOrderUpdated'>(stores.orders, {
    id: (event) => event.payload.orderNumber,
    decide: (current, event) => adoptOrder(current, event.accountId, event.payload),
    after: async ({ state }, event) => {
      if (state) await recordDevicesOf(stores, state, event.eventId);
    },
  });
  return { SalesOrderRecorded: snapshot, SalesOrderUpdated: snapshot };
}
