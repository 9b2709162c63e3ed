import { DomainError, notFound, type FieldError } from '@portal/platform/src/errors';
import { canActFor, isInternal, partnerAccountsOf, type Grantee } from '@portal/platform/src/domain';
import { recordFact } from './deposit-guard';
import { errors as refusals } from './errors';
import { event, type Decision } from './events';
import { settle, type LicensingOrder } from './licensing-order';
import type { SmartAccount } from './smart-account';

export interface AssignOrderCommand {
  smartAccountId: string;
  virtualAccountId: string;
  termsAccepted: boolean;
}

/** Partners of record of an order: the booking's reseller and the resellers the account projection knows. */
export const orderResellers = (order: LicensingOrder, accountResellerIds: readonly string[]) => [
  ...new Set([...(order.resellerAccountId ? [order.resellerAccountId] : []), ...accountResellerIds]),
];

/** An order is visible to whoever may act for its account (own grant or partner of record) and to internal users. */
export function orderVisibleTo(order: LicensingOrder, caller: Grantee, accountResellerIds: readonly string[]): boolean {
  if (order.accountId === null) return false;
  return (
    isInternal(caller) ||
    canActFor(caller, { accountId: order.accountId, resellerAccountIds: orderResellers(order, accountResellerIds) })
  );
}

/**
 * Assigns (or re-assigns) a sales order to a Smart Account and one of its virtual accounts.
 * - internal users cannot self-serve: INTERNAL_USERS_MUST_OPEN_CASE (403);
 * - callers without access to the order: 404;
 * - TERMS_NOT_ACCEPTED, VIRTUAL_ACCOUNT_NOT_IN_SMART_ACCOUNT, SMART_ACCOUNT_NOT_ELIGIBLE are collected together;
 * - a cancelled order: SALES_ORDER_NOT_ACTIVE; once licences are deposited: LICENCES_ALREADY_DEPOSITED (409);
 * - re-assignment replaces the previous assignment, which goes to the history.
 */
export function assignOrderToSmartAccount(
  order: LicensingOrder,
  command: AssignOrderCommand,
  ctx: { caller: Grantee; smartAccount: SmartAccount; accountResellerIds: readonly string[]; now: Date },
): Decision<LicensingOrder> {
  const { caller, smartAccount: sa, now } = ctx;
  if (isInternal(caller)) {
    throw refusals.INTERNAL_USERS_MUST_OPEN_CASE(
      'Internal users open a case with the licensing support team to get an order assigned',
    );
  }
  if (!orderVisibleTo(order, caller, ctx.accountResellerIds)) throw notFound('Sales order');
  const resellers = orderResellers(order, ctx.accountResellerIds);

  const errors: FieldError[] = [];
  if (command.termsAccepted !== true) {
    errors.push({ path: 'termsAccepted', code: 'TERMS_NOT_ACCEPTED', message: 'The terms of use must be accepted' });
  }
  if (sa.smartAccountId !== command.smartAccountId) throw new Error('smart account does not match the command');
  if (!sa.virtualAccounts.some((va) => va.virtualAccountId === command.virtualAccountId)) {
    errors.push({
      path: 'virtualAccountId',
      code: 'VIRTUAL_ACCOUNT_NOT_IN_SMART_ACCOUNT',
      message: `The virtual account does not belong to Smart Account ${sa.smartAccountId}`,
    });
  }
  const eligible =
    sa.kind === 'customer'
      ? sa.ownerAccountId === order.accountId
      : resellers.includes(sa.ownerAccountId) && partnerAccountsOf(caller).includes(sa.ownerAccountId);
  if (!eligible) {
    errors.push({
      path: 'smartAccountId',
      code: 'SMART_ACCOUNT_NOT_ELIGIBLE',
      message: 'Licences go to the customer’s Smart Account, or to the holding account of the partner of record',
    });
  }
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);

  if (order.conditions.cancelledAt !== null)
    throw new DomainError('SALES_ORDER_NOT_ACTIVE', `Sales order ${order.orderNumber} is cancelled`);
  const previous = order.assignment;
  if (
    previous &&
    previous.smartAccountId === command.smartAccountId &&
    previous.virtualAccountId === command.virtualAccountId
  ) {
    return { state: order, events: [] };
  }
  if (order.entitlements.length > 0) {
    throw refusals.LICENCES_ALREADY_DEPOSITED(`The licences of ${order.orderNumber} are already in a virtual account`);
  }

  const assignment = {
    smartAccountId: sa.smartAccountId,
    virtualAccountId: command.virtualAccountId,
    holdingAccount: sa.kind === 'partner-holding',
    assignedBy: caller.userId,
    assignedAt: now,
  };
  const conditions =
    sa.status === 'active'
      ? recordFact(order.conditions, { kind: 'smart-account-active', smartAccountId: sa.smartAccountId })
      : order.conditions;
  const assigned: LicensingOrder = {
    ...order,
    conditions,
    assignment,
    history: previous ? [...order.history, { ...previous, replacedAt: now, replacedBy: caller.userId }] : order.history,
    waitingReasons: [],
  };
  const settled = settle(assigned, now);
  return {
    state: settled.state,
    events: [
      event('OrderAssignedToSmartAccount', {
        orderNumber: order.orderNumber,
        webOrderNumber: order.webOrderNumber,
        smartAccountId: sa.smartAccountId,
        virtualAccountId: command.virtualAccountId,
        holdingAccount: assignment.holdingAccount,
        previousSmartAccountId: previous?.smartAccountId ?? null,
        previousVirtualAccountId: previous?.virtualAccountId ?? null,
        assignedBy: caller.userId,
        assignedAt: now,
      }),
      ...settled.events,
    ],
  };
}
