/** Recent orders (domain/recent-orders.ts): the caller's accounts' orders placed online in the last 30 days, newest first. */
import type { Page, Principal } from '@portal/platform';
import { isRecentOnlineOrder, recentSince } from '@portal/platform/src/domain';
import type { SalesOrderView } from '../domain/sales-order';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { accountsAsked } from './invoice-access';
import type { OrderApp } from './order-app';

export async function listRecentOrders(
  app: OrderApp,
  principal: Principal,
  query: { accountId?: string; limit: number; cursor?: string },
): Promise<Page<SalesOrderView> & { requests: UpgradeRequestState[] }> {
  const now = app.kit.clock.now();
  const { accountIds, visible } = await app.scope.listScope(principal);
  const accounts = accountsAsked(accountIds, query.accountId);
  const source = app.stores.lists.onlineOrdersPlaced(accounts, recentSince(now), now);
  const found = await source.page({ ...query, keep: (o) => visible(o) && isRecentOnlineOrder(o, now) });
  const requests = await app.stores.upgradeRequestsOfOrders(found.items.map((o) => o.orderNumber));
  return { ...found, requests };
}
