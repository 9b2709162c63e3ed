/** Wizard step 5: the draft is checked against every rule, its serials held, then submitted for approval. */
import type { Principal } from '@portal/platform';
import { submitUpgradeRequest as submit } from '../domain/submit-upgrade-request';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { changeUpgradeRequest } from './change-upgrade-request';
import { withSerialHolds } from './hold-serials';
import type { OrderApp } from './order-app';
import { upgradeContext } from './upgrade-context';
import { visibleUpgradeRequest } from './visible-upgrade-request';

export async function submitUpgradeRequest(
  app: OrderApp,
  principal: Principal,
  requestId: string,
): Promise<UpgradeRequestState> {
  const request = await visibleUpgradeRequest(app, principal, requestId);
  const ctx = await upgradeContext(app, request.orderNumber, request.requestId);
  const intended = submit(request, principal, ctx); // refuses before anything is held
  return withSerialHolds(app, intended.state, () =>
    changeUpgradeRequest(app, principal, requestId, (state, c) => submit(state, principal, c)),
  );
}
