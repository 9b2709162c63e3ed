/** One visible upgrade request; a draft comes with its review (validation and totals as a submit would see them). */
import type { Principal } from '@portal/platform';
import { reviewUpgradeRequest, type UpgradeReview } from '../domain/review-upgrade-request';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import type { OrderApp } from './order-app';
import { upgradeContext } from './upgrade-context';
import { visibleUpgradeRequest } from './visible-upgrade-request';

export async function readUpgradeRequest(
  app: OrderApp,
  principal: Principal,
  requestId: string,
): Promise<{ request: UpgradeRequestState; review: UpgradeReview | null }> {
  const request = await visibleUpgradeRequest(app, principal, requestId);
  const review =
    request.status === 'draft'
      ? reviewUpgradeRequest(request, await upgradeContext(app, request.orderNumber, request.requestId))
      : null;
  return { request, review };
}
