/** Loads a visible request, lets the domain decide with a fresh context, writes state + events in one document write. */
import { notFound, type Principal } from '@portal/platform';
import type { DomainEvent } from '../domain/types';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import type { UpgradeContext } from '../domain/validate-upgrade-request';
import type { OrderApp } from './order-app';
import { upgradeContext } from './upgrade-context';
import { visibleUpgradeRequest } from './visible-upgrade-request';

export type UpgradeDecision = (
  state: UpgradeRequestState,
  ctx: UpgradeContext,
) => { state: UpgradeRequestState; events: DomainEvent[] };

export async function changeUpgradeRequest(
  app: OrderApp,
  principal: Principal,
  requestId: string,
  decide: UpgradeDecision,
): Promise<UpgradeRequestState> {
  const request = await visibleUpgradeRequest(app, principal, requestId);
  const ctx = await upgradeContext(app, request.orderNumber, requestId);
  const result = await app.stores.upgradeRequests.decide(requestId, (current) => {
    if (!current) throw notFound(`upgrade request ${requestId}`);
    return decide(current, { ...ctx, now: app.kit.clock.now() });
  });
  return result.state;
}
