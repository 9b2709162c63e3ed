/** Creates an upgrade request on a visible order: submitted at once (serials held first) or saved as a draft. */
import { randomUUID } from 'node:crypto';
import type { Principal } from '@portal/platform';
import { startUpgradeRequest } from '../domain/start-upgrade-request';
import type { UpgradeRequestContent, UpgradeRequestState } from '../domain/upgrade-request';
import { withSerialHolds } from './hold-serials';
import type { OrderApp } from './order-app';
import { upgradeContext } from './upgrade-context';

export async function createUpgradeRequest(
  app: OrderApp,
  principal: Principal,
  orderNumber: string,
  input: { content: Partial<UpgradeRequestContent>; submit: boolean },
): Promise<UpgradeRequestState> {
  await app.scope.visibleOrder(principal, orderNumber);
  const ctx = await upgradeContext(app, orderNumber);
  const requestId = `UR-${randomUUID()}`;
  const decided = startUpgradeRequest({
    requestId,
    caller: principal,
    content: input.content,
    submit: input.submit,
    ctx,
  });
  await app.stores.upgradesByOrder.add(orderNumber, requestId); // before the request exists: never missed
  const created = await withSerialHolds(app, decided.state, () =>
    app.stores.upgradeRequests.decide(requestId, () => decided),
  );
  return created.state;
}
