/**
 * Multi-tier approval of an upgrade request. At submit the tiers the rules require are fixed on the request
 * (later rule changes do not move a request already waiting); the first is `pending`, the others `waiting`.
 * Approving the pending tier approves it and opens the next one; the last approval approves the request.
 * One rejection, at any tier, rejects the request. Each tier that opens publishes UpgradeApprovalRequested naming
 * the internal users holding its role, so notification can tell exactly them.
 *  - ROLE_REQUIRED (403): the caller is not an internal user holding the pending tier's role (to approve) or the
 *    role of any tier of the request (to reject);
 *  - SECOND_APPROVER_REQUIRED (403): the caller already approved an earlier tier of this request.
 */
import type { UpgradeApprovalRequestedPayload } from '@portal/contracts';
import { forbidden } from '@portal/platform/src/errors';
import { orderErrors } from './errors';
import { tiersFor, type ApprovalRules } from './approval-rules';
import type { Caller, DomainEvent } from './types';
import type { UpgradeRequestState } from './upgrade-request';

export type TierStatus = 'waiting' | 'pending' | 'approved' | 'rejected';

export interface ApprovalTierState {
  tier: number;
  name: string;
  approverRole: string;
  status: TierStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
}

export interface ApprovalContext {
  rules: ApprovalRules;
  /** Internal users per approver role (from the access projection, disabled users left out). */
  approversByRole: ReadonlyMap<string, readonly string[]>;
}

/** Requests submitted before tiers existed wait for one `approver`. */
export const tiersOf = (state: UpgradeRequestState): ApprovalTierState[] =>
  state.approvalTiers ?? [
    { tier: 1, name: 'approver', approverRole: 'approver', status: 'pending', decidedBy: null, decidedAt: null },
  ];

export const pendingTier = (state: UpgradeRequestState): ApprovalTierState | undefined =>
  tiersOf(state).find((t) => t.status === 'pending');

const holds = (caller: Caller, role: string) =>
  caller.userType === 'internal' && caller.grants.some((g) => g.role === role);

export function tierRequested(
  state: UpgradeRequestState,
  tier: ApprovalTierState,
  approval: ApprovalContext,
  now: Date,
): DomainEvent<'UpgradeApprovalRequested', UpgradeApprovalRequestedPayload> {
  const totals = state.totals!;
  const discount = state.content.basicInfo.discountPercent;
  return {
    type: 'UpgradeApprovalRequested',
    payload: {
      requestId: state.requestId,
      contractNumber: state.contractNumber,
      orderNumber: state.orderNumber,
      requestedBy: state.requestedBy,
      tier: tier.tier,
      tierCount: tiersOf(state).length,
      tierName: tier.name,
      approverRole: tier.approverRole,
      approverUserIds: [...(approval.approversByRole.get(tier.approverRole) ?? [])].sort(),
      total: { amountMinor: totals.totalMinor, currency: totals.currency },
      discountBasisPoints: discount === null ? null : Math.round(discount * 100),
      requestedAt: now,
    },
  };
}

/** The tiers a submitted request needs (first pending), from its totals and discount. */
export function openTiers(state: UpgradeRequestState, rules: ApprovalRules): ApprovalTierState[] {
  const totals = state.totals!;
  const needed = tiersFor(rules, {
    discountPercent: state.content.basicInfo.discountPercent,
    total: { currency: totals.currency, amountMinor: totals.totalMinor },
  });
  return needed.map((t, i) => ({
    tier: i + 1,
    name: t.name,
    approverRole: t.approverRole,
    status: i === 0 ? 'pending' : 'waiting',
    decidedBy: null,
    decidedAt: null,
  }));
}

/** Approves the pending tier: the tiers after, and whether that was the last one. */
export function approveTier(
  state: UpgradeRequestState,
  caller: Caller,
  now: Date,
): { tiers: ApprovalTierState[]; approved: ApprovalTierState; next: ApprovalTierState | null } {
  const tiers = tiersOf(state);
  const pending = pendingTier(state)!;
  if (!holds(caller, pending.approverRole))
    throw forbidden(
      'ROLE_REQUIRED',
      `Tier ${pending.tier} (${pending.name}) needs an internal ${pending.approverRole}`,
    );
  if (tiers.some((t) => t.status === 'approved' && t.decidedBy === caller.userId))
    throw orderErrors.SECOND_APPROVER_REQUIRED('You approved an earlier tier: another approver must decide this one');
  const approved: ApprovalTierState = { ...pending, status: 'approved', decidedBy: caller.userId, decidedAt: now };
  const nextIndex = pending.tier; // tiers are 1-based: the next one sits at this index
  const next = tiers[nextIndex] ? { ...tiers[nextIndex]!, status: 'pending' as const } : null;
  return {
    tiers: tiers.map((t) => (t.tier === approved.tier ? approved : next && t.tier === next.tier ? next : t)),
    approved,
    next,
  };
}

/** Rejects at the pending tier: any internal user holding a role of one of the request's tiers may. */
export function rejectTier(state: UpgradeRequestState, caller: Caller, now: Date): ApprovalTierState[] {
  const tiers = tiersOf(state);
  if (!tiers.some((t) => holds(caller, t.approverRole)))
    throw forbidden('ROLE_REQUIRED', 'Only an internal approver of this request decides on it');
  return tiers.map((t) =>
    t.status === 'pending' ? { ...t, status: 'rejected', decidedBy: caller.userId, decidedAt: now } : t,
  );
}
