/**
 * Internal approvers decide on a pending request, tier by tier (approval-tiers.ts): approving the pending tier
 * opens the next (UpgradeRequestTierApproved + UpgradeApprovalRequested) or, at the last tier, approves the
 * request (UpgradeRequestApproved: the full request for the ERP to book). One rejection rejects the request
 * (needs a reason: REJECTION_REASON_REQUIRED, REASON_TOO_LONG) and releases the serial numbers.
 * ROLE_REQUIRED / SECOND_APPROVER_REQUIRED (403); UPGRADE_REQUEST_NOT_PENDING (409) when it is not pending.
 */
import { DomainError, forbidden } from '@portal/platform/src/errors';
import { isApprover } from './access';
import { orderErrors } from './errors';
import { approveTier, rejectTier, tierRequested, type ApprovalContext } from './approval-tiers';
import { upgradeRequestDetails, type UpgradeRequestEvent } from './submit-upgrade-request';
import type { Caller } from './types';
import type { UpgradeRequestState } from './upgrade-request';

export const REASON_MAX = 2000;

function assertMayDecide(state: UpgradeRequestState, caller: Caller): void {
  if (!isApprover(caller)) throw forbidden('ROLE_REQUIRED', 'Only an internal approver decides on upgrade requests');
  if (state.status !== 'pending-approval') {
    throw orderErrors.UPGRADE_REQUEST_NOT_PENDING(
      `Upgrade request ${state.requestId} is ${state.status}, not pending approval`,
    );
  }
}

export function approveUpgradeRequest(
  state: UpgradeRequestState,
  caller: Caller,
  ctx: { approval: ApprovalContext; now: Date },
): { state: UpgradeRequestState; events: UpgradeRequestEvent[] } {
  assertMayDecide(state, caller);
  const { now } = ctx;
  const { tiers, approved, next: nextTier } = approveTier(state, caller, now);
  if (nextTier) {
    const next: UpgradeRequestState = { ...state, approvalTiers: tiers, updatedAt: now };
    return {
      state: next,
      events: [
        {
          type: 'UpgradeRequestTierApproved',
          payload: {
            requestId: state.requestId,
            orderNumber: state.orderNumber,
            requestedBy: state.requestedBy,
            tier: approved.tier,
            tierCount: tiers.length,
            tierName: approved.name,
            approvedBy: caller.userId,
            approvedAt: now,
          },
        },
        tierRequested(next, nextTier, ctx.approval, now),
      ],
    };
  }
  const next: UpgradeRequestState = {
    ...state,
    status: 'approved',
    approvalTiers: tiers,
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
  const tiers = rejectTier(state, caller, now);
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
    approvalTiers: tiers,
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
