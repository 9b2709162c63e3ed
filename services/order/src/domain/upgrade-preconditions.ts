/**
 * Refusals that come before any field rule of an upgrade request:
 * - ROLE_REQUIRED (403): the caller lacks `operations` on the contract's account;
 * - CONTRACT_NOT_ACTIVE: the order's contract is unknown, expired or terminated;
 * - SALES_ORDER_NOT_ACTIVE: the order is cancelled;
 * - NOT_REQUESTER (403): someone else's request; UPGRADE_REQUEST_NOT_DRAFT (409): it was already submitted.
 */
import { DomainError, forbidden } from '@portal/platform/src/errors';
import { hasRoleOnContract } from './access';
import { orderErrors } from './errors';
import type { ContractView } from './contract';
import type { SalesOrderView } from './sales-order';
import type { Caller } from './types';
import type { UpgradeRequestState } from './upgrade-request';

export function assertMayRequestUpgrade(caller: Caller, order: SalesOrderView, contract: ContractView | null): void {
  if (!hasRoleOnContract(caller, order.accountId, 'operations', order.contractNumber)) {
    throw forbidden('ROLE_REQUIRED', "Upgrade requests need the operations role on the contract's account");
  }
  if (!contract || contract.status !== 'active') {
    throw new DomainError('CONTRACT_NOT_ACTIVE', `Contract ${order.contractNumber ?? '(none)'} is not active`);
  }
  if (order.status === 'cancelled') {
    throw new DomainError('SALES_ORDER_NOT_ACTIVE', `Sales order ${order.orderNumber} is cancelled`);
  }
}

export function assertRequester(state: UpgradeRequestState, caller: Caller): void {
  if (state.requestedBy !== caller.userId)
    throw orderErrors.NOT_REQUESTER('Only the requester can change this upgrade request');
}

export function assertDraft(state: UpgradeRequestState): void {
  if (state.status !== 'draft')
    throw orderErrors.UPGRADE_REQUEST_NOT_DRAFT(`Upgrade request ${state.requestId} is ${state.status}, not a draft`);
}
