/** Guard: the request if the caller may see it (drafts only by their requester; others by account, or any for approvers). */
import { notFound, type Principal } from '@portal/platform';
import { isApprover } from '../domain/access';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import type { OrderApp } from './order-app';

export async function visibleUpgradeRequest(
  app: OrderApp,
  principal: Principal,
  requestId: string,
): Promise<UpgradeRequestState> {
  const request = await app.stores.upgradeRequest(requestId);
  const visible =
    request &&
    (request.status === 'draft'
      ? request.requestedBy === principal.userId
      : isApprover(principal) || (await app.scope.mayRead(principal, request)));
  if (!visible) throw notFound(`upgrade request ${requestId}`);
  return request;
}
