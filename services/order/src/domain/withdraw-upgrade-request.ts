/**
 * The requester withdraws their request while it is pending approval (or abandons their draft). A withdrawn
 * request releases its serial numbers. Withdrawing a submitted request publishes UpgradeRequestWithdrawn; a draft
 * was never published, so abandoning it publishes nothing.
 */
import { orderErrors } from './errors';
import type { UpgradeRequestEvent } from './submit-upgrade-request';
import { assertRequester } from './upgrade-preconditions';
import type { Caller } from './types';
import type { UpgradeRequestState } from './upgrade-request';

export function withdrawUpgradeRequest(
  state: UpgradeRequestState,
  caller: Caller,
  now: Date,
): { state: UpgradeRequestState; events: UpgradeRequestEvent[] } {
  assertRequester(state, caller);
  if (state.status !== 'pending-approval' && state.status !== 'draft') {
    throw orderErrors.UPGRADE_REQUEST_NOT_PENDING(
      `Upgrade request ${state.requestId} is ${state.status}; only a pending request can be withdrawn`,
    );
  }
  const next: UpgradeRequestState = {
    ...state,
    status: 'withdrawn',
    heldSerials: [],
    withdrawnBy: caller.userId,
    withdrawnAt: now,
    updatedAt: now,
  };
  if (state.status === 'draft') return { state: next, events: [] };
  return {
    state: next,
    events: [
      {
        type: 'UpgradeRequestWithdrawn',
        payload: {
          requestId: state.requestId,
          contractNumber: state.contractNumber,
          orderNumber: state.orderNumber,
          requestedBy: state.requestedBy,
          withdrawnBy: caller.userId,
          withdrawnAt: now,
        },
      },
    ],
  };
}
