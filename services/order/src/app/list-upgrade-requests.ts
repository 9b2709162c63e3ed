/** Upgrade requests, newest first: an internal approver sees every account's; others their accounts' and own drafts. */
import type { Page, Principal } from '@portal/platform';
import { isApprover } from '../domain/access';
import type { UpgradeRequestStatus } from '../domain/types';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import type { OrderApp } from './order-app';

export async function listUpgradeRequests(
  app: OrderApp,
  principal: Principal,
  query: { status?: UpgradeRequestStatus; orderNumber?: string; limit: number; cursor?: string },
): Promise<Page<UpgradeRequestState>> {
  const scoped = isApprover(principal) ? null : await app.scope.listScope(principal);
  const source = app.stores.lists.upgradeRequestsWhere({
    accountIds: scoped?.accountIds,
    status: query.status,
    orderNumber: query.orderNumber,
  });
  const keep = (r: UpgradeRequestState) =>
    (!scoped || scoped.visible(r)) && (r.status !== 'draft' || r.requestedBy === principal.userId);
  return source.page({ ...query, keep });
}
