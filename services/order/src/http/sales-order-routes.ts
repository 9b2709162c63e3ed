/** One sales order, its upgrade options, re-order, and the recent online orders (seed 004 item 4). */
import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import { listRecentOrders } from '../app/list-recent-orders';
import type { OrderApp } from '../app/order-app';
import { reorderCart } from '../domain/recent-orders';
import { upgradeOptions } from '../domain/upgrade-options';
import { CartView, RecentOrdersQuery, RecentOrderView, SalesOrderView } from './order-schemas';
import { EmptyBody, orderNumberParam } from './schemas';
import { UpgradeOptionView } from './upgrade-schemas';
import { recentOrderView, salesOrderView } from './views';

const params = z.object({ orderNumber: orderNumberParam });

export function salesOrderRoutes(app: OrderApp) {
  const { scope, stores } = app;
  return [
    defineRoute({
      method: 'get',
      path: '/sales-orders/:orderNumber',
      summary: "One sales order of the caller's accounts, with its upgrade requests",
      params,
      responses: { 200: SalesOrderView },
      errors: ['NOT_FOUND'],
      handler: async ({ params: p, principal }) => {
        const order = await scope.visibleOrder(principal, p.orderNumber);
        return { body: salesOrderView(order, await stores.upgradeRequestsOfOrders([order.orderNumber])) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sales-orders/:orderNumber/upgrade-options',
      summary:
        'The SKUs of an order eligible for upgrade, what each can be upgraded to, and which serial numbers are free',
      params,
      responses: { 200: z.object({ orderNumber: z.string(), options: z.array(UpgradeOptionView) }) },
      errors: ['NOT_FOUND'],
      handler: async ({ params: p, principal }) => {
        const order = await scope.visibleOrder(principal, p.orderNumber);
        const [catalog, held] = await Promise.all([
          stores.catalogForOrder(order),
          stores.serialsHeldOnOrder(order.orderNumber),
        ]);
        return { body: { orderNumber: order.orderNumber, options: upgradeOptions(order, catalog, held) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/recent-orders',
      summary: "Orders of the caller's accounts placed online in the last 30 days, newest first",
      query: pageQuery.merge(RecentOrdersQuery),
      responses: { 200: pageSchema(RecentOrderView) },
      errors: ['NOT_FOUND'],
      handler: async ({ query, principal }) => {
        const found = await listRecentOrders(app, principal, query);
        return {
          body: { items: found.items.map((o) => recentOrderView(o, found.requests)), nextCursor: found.nextCursor },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/sales-orders/:orderNumber/reorder',
      summary: "Re-order: the order's lines as a cart-ready payload (nothing is ordered)",
      params,
      body: EmptyBody.optional(),
      responses: { 200: CartView },
      errors: ['NOT_FOUND'],
      handler: async ({ params: p, principal }) => ({
        body: reorderCart(await scope.visibleOrder(principal, p.orderNumber)),
      }),
    }),
  ];
}
