/**
 * An internal approver approves or rejects a pending request (ROLE_REQUIRED otherwise, 403;
 * UPGRADE_REQUEST_NOT_PENDING when it is not pending, 409). A rejection needs a reason
 * (REJECTION_REASON_REQUIRED). Approval publishes the full request for the ERP to book; rejection releases the
 * serial numbers.
 */
import { DomainError, conflict, forbidden } from '@portal/platform/src/errors';
import { isApprover } from './access';
import { upgradeRequestDetails, type UpgradeRequestEvent } from './submit-upgrade-request';
import type { Caller } from './types';
import type { UpgradeRequestState } from './upgrade-request';

export const REASON_MAX = 2000;

function assertMayDecide(state: UpgradeRequestState, caller: Caller): void {
  if (!isApprover(caller)) throw forbidden('ROLE_REQUIRED', 'Only an internal approver decides on upgrade requests');
  if (state.status !== 'pending-approval') {
    throw conflict(
      'UPGRADE_REQUEST_NOT_PENDING',
      `Upgrade request ${state.requestId} is ${state.status}, not pending approval`,
    );
  }
}

export function approveUpgradeRequest(
  state: UpgradeRequestState,
  caller: Caller,
  now: Date,
): { state: UpgradeRequestState; events: UpgradeRequestEvent[] } {
  assertMayDecide(state, caller);
  const next: UpgradeRequestState = {
    ...state,
    status: 'approved',
    decidedBy: caller.userId,
    decidedAt: now,
    updatedAt: now,
  };
  return {
    state: next,
    events: [
      {
        type: 'UpgradeRequestApproved',
        payload: { request: upgradeRequestDetails(next), approvedBy: caller.userId, approvedAt: now },
      },
    ],
  };
}

export function rejectUpgradeRequest(
  state: UpgradeRequestState,
  caller: Caller,
  reason: string,
  now: Date,
): { state: UpgradeRequestState; events: UpgradeRequestEvent[] } {
  assertMayDecide(state, caller);
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'REJECTION_REASON_REQUIRED', message: 'Say why the request is rejected' },
    ]);
  }
  if (trimmed.length > REASON_MAX) {
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'REASON_TOO_LONG', message: `The reason is at most ${REASON_MAX} characters` },
    ]);
  }
  const next: UpgradeRequestState = {
    ...state,
    status: 'rejected',
    heldSerials: [],
    decidedBy: caller.userId,
    decidedAt: now,
    rejectionReason: trimmed,
    updatedAt: now,
  };
  return {
    state: next,
    events: [
      {
        type: 'UpgradeRequestRejected',
        payload: {
          requestId: state.requestId,
          contractNumber: state.contractNumber,
          orderNumber: state.orderNumber,
          requestedBy: state.requestedBy,
          rejectedBy: caller.userId,
          reason: trimmed,
          rejectedAt: now,
        },
      },
    ],
  };
}
