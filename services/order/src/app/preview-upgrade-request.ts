/** Dry run of an upgrade request: the preconditions, then the review a submit would give; nothing is stored. */
import type { Principal } from '@portal/platform';
import { reviewUpgradeRequest, type UpgradeReview } from '../domain/review-upgrade-request';
import { assertMayRequestUpgrade } from '../domain/upgrade-preconditions';
import { contentFrom, type UpgradeRequestContent } from '../domain/upgrade-request';
import type { OrderApp } from './order-app';
import { upgradeContext } from './upgrade-context';

export async function previewUpgradeRequest(
  app: OrderApp,
  principal: Principal,
  orderNumber: string,
  content: Partial<UpgradeRequestContent>,
): Promise<UpgradeReview> {
  await app.scope.visibleOrder(principal, orderNumber);
  const ctx = await upgradeContext(app, orderNumber);
  assertMayRequestUpgrade(principal, ctx.order, ctx.contract);
  return reviewUpgradeRequest({ content: contentFrom(content) }, ctx);
}
