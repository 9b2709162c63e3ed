/**
 * The decisions on a submitted request: the requester withdraws it, an approver approves a tier or rejects it.
 * A withdrawal or rejection gives its serial numbers back.
 */
import type { Principal } from '@portal/platform';
import { approveUpgradeRequest as approve, rejectUpgradeRequest as reject } from '../domain/decide-upgrade-request';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { withdrawUpgradeRequest as withdraw } from '../domain/withdraw-upgrade-request';
import { changeUpgradeRequest } from './change-upgrade-request';
import type { OrderApp } from './order-app';

export async function withdrawUpgradeRequest(app: OrderApp, principal: Principal, requestId: string) {
  const state = await changeUpgradeRequest(app, principal, requestId, (s, ctx) => withdraw(s, principal, ctx.now));
  await app.stores.serialHolds.release(requestId);
  return state;
}

export const approveUpgradeRequest = (
  app: OrderApp,
  principal: Principal,
  requestId: string,
): Promise<UpgradeRequestState> =>
  changeUpgradeRequest(app, principal, requestId, (s, ctx) => approve(s, principal, ctx));

export async function rejectUpgradeRequest(app: OrderApp, principal: Principal, requestId: string, reason: string) {
  const state = await changeUpgradeRequest(app, principal, requestId, (s, ctx) =>
    reject(s, principal, reason, ctx.now),
  );
  await app.stores.serialHolds.release(requestId);
  return state;
}
