/** Recent online orders with re-order (seed 004 item 4) and invoices (item 5). */
import { defineRoute, page, pageQuery, pageSchema, z, type ServiceKit } from '@portal/platform';
import { isoDate } from '../domain/dates';
import { recentOrders, recentSince, reorderCart } from '../domain/recent-orders';
import type { OrderStores } from '../store/stores';
import {
  CartView,
  EmptyBody,
  invoiceNumberParam,
  orderNumberParam,
  RecentOrdersQuery,
  SalesOrderView,
} from './schemas';
import { InvoiceListQuery, InvoiceView } from './invoice-schemas';
import { accountsAsked, invoiceAccess } from './invoice-access';
import type { Scope } from './scope';
import { invoiceView, newestFirstKey, salesOrderView } from './views';

export function accountRoutes(kit: ServiceKit, stores: OrderStores, scope: Scope) {
  const { invoicingAccounts, visibleInvoice } = invoiceAccess(kit, stores, scope);

  return [
    defineRoute({
      method: 'get',
      path: '/recent-orders',
      summary: "Orders of the caller's accounts placed online in the last 30 days, newest first",
      query: pageQuery.merge(RecentOrdersQuery),
      responses: { 200: pageSchema(SalesOrderView) },
      errors: ['NOT_FOUND'],
      handler: async ({ query, principal }) => {
        const now = kit.clock.now();
        const { accountIds, visible } = await scope.listScope(principal);
        const accounts = accountsAsked(accountIds, query.accountId);
        const orders = recentOrders(
          (await stores.salesOrdersPlacedSince(accounts, recentSince(now))).filter(visible),
          now,
        );
        const requests = await stores.upgradeRequestsOfOrders(orders.map((o) => o.orderNumber));
        const p = page(orders, {
          limit: query.limit,
          cursor: query.cursor,
          key: (o) => newestFirstKey(o.placedAt, o.orderNumber),
        });
        return { body: { items: p.items.map((o) => salesOrderView(o, requests)), nextCursor: p.nextCursor } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/sales-orders/:orderNumber/reorder',
      summary: "Re-order: the order's lines as a cart-ready payload (nothing is ordered)",
      params: z.object({ orderNumber: orderNumberParam }),
      body: EmptyBody.optional(),
      responses: { 200: CartView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({
        body: reorderCart(await scope.visibleOrder(principal, params.orderNumber)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/invoices',
      summary:
        "Invoices of the caller's accounts with invoicing reports enabled; status derived from the due date and the clock",
      query: pageQuery.merge(InvoiceListQuery),
      responses: { 200: pageSchema(InvoiceView) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      handler: async ({ query, principal }) => {
        const now = kit.clock.now();
        const accountIds = await invoicingAccounts(principal, query.accountId);
        const found = await stores.invoicesWhere({
          accountIds,
          status: query.status,
          issuedFrom: query.from,
          issuedTo: query.to,
          today: isoDate(now),
        });
        const key = (i: { issue: { issuedOn: string } | null; invoiceNumber: string }) =>
          newestFirstKey(new Date(`${i.issue!.issuedOn}T00:00:00Z`), i.invoiceNumber);
        const p = page(
          found.filter((i) => i.issue),
          { limit: query.limit, cursor: query.cursor, key },
        );
        return { body: { items: p.items.map((i) => invoiceView(i, now)), nextCursor: p.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/invoices/:invoiceNumber',
      summary: 'One invoice',
      params: z.object({ invoiceNumber: invoiceNumberParam }),
      responses: { 200: InvoiceView },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      handler: async ({ params, principal }) => {
        return { body: invoiceView(await visibleInvoice(principal, params.invoiceNumber), kit.clock.now()) };
      },
    }),
  ];
}
