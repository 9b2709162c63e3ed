/** A wizard step (1-4) replaces its section of the requester's draft; refused with that step's errors. */
import type { Principal } from '@portal/platform';
import { saveUpgradeStep as save, type UpgradeStep } from '../domain/save-upgrade-step';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { changeUpgradeRequest } from './change-upgrade-request';
import type { OrderApp } from './order-app';

export const saveUpgradeStep = (
  app: OrderApp,
  principal: Principal,
  requestId: string,
  step: UpgradeStep,
): Promise<UpgradeRequestState> =>
  changeUpgradeRequest(app, principal, requestId, (state, ctx) => save(state, principal, step, ctx));
