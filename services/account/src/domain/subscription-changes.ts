import type { SubscriptionChangeConfirmedPayload, SubscriptionChangeRejectedPayload } from '@portal/contracts';
import { DomainError, notFound } from '@portal/platform/src/errors';
import policyData from '../../data/subscription-policies.json';
import { requireCapability } from './access-policy';
import { accountRef, type AccountState } from './account';
import { requireFeature } from './feature-availability';
import type { Subscription } from './software-subscriptions';
import type { Grantee, Decision } from './types';
import { accountErrors } from './errors';
import { addDaysToInstant } from '@portal/platform/src/domain';

/**
 * Managing a software subscription (seed 004 item 7, US only): change the quantity, turn auto-renew off or on, or
 * cancel within the vendor's window. Each is a command to the ERP (SubscriptionChangeRequested); the subscription
 * shows it as pending until the ERP confirms or rejects it, one change at a time.
 */
export type ChangeCommand =
  { change: 'quantity'; quantity: number } | { change: 'auto-renew'; autoRenew: boolean } | { change: 'cancel' };

export interface PendingChange {
  changeId: string;
  change: ChangeCommand['change'];
  quantity: number | null;
  autoRenew: boolean | null;
  requestedBy: string;
  requestedAt: string;
}

/** What the account knows beyond the ERP order: the confirmed changes and the one waiting for the ERP. */
export interface SubscriptionManagement {
  subscriptionId: string;
  accountId: string;
  orderNumber: string;
  lineNumber: number;
  sku: string;
  quantity: number;
  autoRenew: boolean;
  cancelled: boolean;
  pending: PendingChange | null;
  /** Change ids the ERP answered, with the outcome (a repeated answer changes nothing). */
  answered: { changeId: string; outcome: 'confirmed' | 'rejected'; reason: string | null; at: string }[];
}

export interface SubscriptionPolicies {
  defaultCancellationWindowDays: number;
  bySkuPrefix: Record<string, number>;
}
export const subscriptionPolicies: SubscriptionPolicies = policyData;

export const MAX_QUANTITY = 100_000;

/** Days after the term starts during which the vendor lets a subscription be cancelled (longest prefix wins). */
export function cancellationWindowDays(sku: string, policies: SubscriptionPolicies = subscriptionPolicies): number {
  const prefix = Object.keys(policies.bySkuPrefix)
    .filter((p) => sku.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? policies.defaultCancellationWindowDays : policies.bySkuPrefix[prefix]!;
}

/** The management record of a subscription seen for the first time: what the ERP order says. */
export const managementOf = (s: Subscription, accountId: string): SubscriptionManagement => ({
  subscriptionId: s.subscriptionId,
  accountId,
  orderNumber: s.orderNumber,
  lineNumber: s.lineNumber,
  sku: s.sku,
  quantity: s.quantity,
  autoRenew: true,
  cancelled: false,
  pending: null,
  answered: [],
});

export function requestSubscriptionChange(
  current: SubscriptionManagement,
  subscription: Subscription,
  cmd: ChangeCommand,
  ctx: { caller: Grantee; account: AccountState; changeId: string; now: Date },
): Decision<SubscriptionManagement> {
  requireCapability(ctx.caller, accountRef(ctx.account), 'manage-subscriptions');
  requireFeature(ctx.account, 'software-subscriptions');
  if (current.accountId !== ctx.account.accountId) throw notFound('software subscription');
  if (current.cancelled || subscription.status === 'cancelled' || subscription.status === 'expired')
    throw accountErrors.SUBSCRIPTION_NOT_ACTIVE(
      `the subscription is ${current.cancelled ? 'cancelled' : subscription.status}`,
    );
  if (current.pending)
    throw accountErrors.SUBSCRIPTION_CHANGE_PENDING(
      `change ${current.pending.changeId} (${current.pending.change}) is waiting for the vendor's confirmation`,
    );
  const invalid = (path: string, message: string) =>
    DomainError.fromFieldErrors([{ path, code: 'FIELD_INVALID', message }]);
  if (cmd.change === 'quantity' && (cmd.quantity < 1 || cmd.quantity > MAX_QUANTITY))
    throw invalid('quantity', `1 to ${MAX_QUANTITY}`);
  if (cmd.change === 'quantity' && cmd.quantity === current.quantity)
    throw invalid('quantity', `the subscription already has ${current.quantity}`);
  if (cmd.change === 'auto-renew' && cmd.autoRenew === current.autoRenew)
    throw invalid('autoRenew', `auto-renew is already ${current.autoRenew ? 'on' : 'off'}`);
  if (cmd.change === 'cancel') {
    const days = cancellationWindowDays(current.sku);
    const start = subscription.term?.startDate;
    const closesOn = start ? addDaysToInstant(new Date(Date.parse(start)), days) : null;
    if (!closesOn || ctx.now.getTime() >= closesOn.getTime())
      throw accountErrors.CANCELLATION_WINDOW_CLOSED(
        start
          ? `the vendor accepts cancellations within ${days} days of the term start (${start})`
          : 'the subscription has no term: cancellation is not offered',
      );
  }
  const pending: PendingChange = {
    changeId: ctx.changeId,
    change: cmd.change,
    quantity: cmd.change === 'quantity' ? cmd.quantity : null,
    autoRenew: cmd.change === 'auto-renew' ? cmd.autoRenew : null,
    requestedBy: ctx.caller.userId,
    requestedAt: ctx.now.toISOString(),
  };
  return {
    state: { ...current, pending },
    events: [
      {
        type: 'SubscriptionChangeRequested',
        payload: {
          changeId: pending.changeId,
          subscriptionId: current.subscriptionId,
          orderNumber: current.orderNumber,
          lineNumber: current.lineNumber,
          sku: current.sku,
          change: pending.change,
          quantity: pending.quantity,
          autoRenew: pending.autoRenew,
          requestedBy: pending.requestedBy,
        },
      },
    ],
  };
}

type Answer =
  | { outcome: 'confirmed'; payload: SubscriptionChangeConfirmedPayload; at: Date }
  | { outcome: 'rejected'; payload: SubscriptionChangeRejectedPayload; at: Date };

/**
 * The ERP's answer to the pending change. An answer already recorded changes nothing (null); an answer to a change
 * this subscription never asked for is an integration error (thrown: retried, then dead-lettered).
 */
export function applyErpAnswer(
  current: SubscriptionManagement | null,
  answer: Answer,
): Decision<SubscriptionManagement> | null {
  const { changeId } = answer.payload;
  if (current?.answered.some((a) => a.changeId === changeId)) return null;
  if (!current?.pending || current.pending.changeId !== changeId)
    throw new Error(`the ERP answered subscription change ${changeId}, which is not pending`);
  const pending = current.pending;
  const confirmed = answer.outcome === 'confirmed' ? answer.payload : null;
  const reason = answer.outcome === 'rejected' ? answer.payload.reason : null;
  const state: SubscriptionManagement = {
    ...current,
    quantity: confirmed ? confirmed.quantity : current.quantity,
    autoRenew: confirmed ? confirmed.autoRenew : current.autoRenew,
    cancelled: confirmed ? confirmed.cancelled : current.cancelled,
    pending: null,
    answered: [
      ...current.answered.slice(-49),
      { changeId, outcome: answer.outcome, reason, at: answer.at.toISOString() },
    ],
  };
  return {
    state,
    events: [
      {
        type: 'SubscriptionChanged',
        payload: {
          changeId,
          subscriptionId: current.subscriptionId,
          sku: current.sku,
          change: pending.change,
          outcome: answer.outcome,
          quantity: state.quantity,
          autoRenew: state.autoRenew,
          status: state.cancelled ? 'cancelled' : 'active',
          reason,
          requestedBy: pending.requestedBy,
        },
      },
    ],
  };
}

/** The subscription as listed: the ERP order's view, with the confirmed changes and the pending one. */
export const managedView = (s: Subscription, m: SubscriptionManagement | null) => ({
  ...s,
  quantity: m?.quantity ?? s.quantity,
  status: m?.cancelled ? ('cancelled' as const) : s.status,
  autoRenew: m?.autoRenew ?? true,
  cancellationWindowDays: cancellationWindowDays(s.sku),
  pendingChange: m?.pending ?? null,
  lastAnswer: m?.answered.at(-1) ?? null,
});
