/**
 * Submitting sends the request for approval: every rule is checked at once (422 with per-field errors), the
 * totals are fixed, the selected serial numbers are held, the status becomes `pending-approval` and
 * UpgradeRequestSubmitted is published.
 */
import type {
  UpgradeApprovalRequestedPayload,
  UpgradeRequestTierApprovedPayload,
  UpgradeRequestApprovedPayload,
  UpgradeRequestBookedPayload,
  UpgradeRequestDetails,
  UpgradeRequestRejectedPayload,
  UpgradeRequestSubmittedPayload,
  UpgradeRequestWithdrawnPayload,
} from '@portal/contracts';
import { DomainError } from '@portal/platform/src/errors';
import { openTiers, tierRequested } from './approval-tiers';
import { withDeliveryAddresses } from './delivery-address';
import { priceUpgradeRequest, basisPoints } from './price-upgrade-request';
import { assertDraft, assertMayRequestUpgrade, assertRequester } from './upgrade-preconditions';
import type { Caller, DomainEvent } from './types';
import { selectedSerials, type UpgradeRequestState } from './upgrade-request';
import { coTermEnd, validateUpgradeRequest, type UpgradeContext } from './validate-upgrade-request';

export type UpgradeRequestEvent =
  | DomainEvent<'UpgradeRequestSubmitted', UpgradeRequestSubmittedPayload>
  | DomainEvent<'UpgradeRequestApproved', UpgradeRequestApprovedPayload>
  | DomainEvent<'UpgradeRequestRejected', UpgradeRequestRejectedPayload>
  | DomainEvent<'UpgradeRequestWithdrawn', UpgradeRequestWithdrawnPayload>
  | DomainEvent<'UpgradeRequestBooked', UpgradeRequestBookedPayload>
  | DomainEvent<'UpgradeApprovalRequested', UpgradeApprovalRequestedPayload>
  | DomainEvent<'UpgradeRequestTierApproved', UpgradeRequestTierApprovedPayload>;

/** What downstream (the ERP, notification) needs of a submitted request. Only valid once validated. */
export function upgradeRequestDetails(state: UpgradeRequestState): UpgradeRequestDetails {
  const { basicInfo, hardwareLines, softwareLines, comment } = state.content;
  const totals = state.totals!;
  const money = (amountMinor: number) => ({ amountMinor, currency: totals.currency });
  return {
    requestId: state.requestId,
    contractNumber: state.contractNumber,
    orderNumber: state.orderNumber,
    requestedBy: state.requestedBy,
    discountBasisPoints: basicInfo.discountPercent === null ? null : basisPoints(basicInfo.discountPercent),
    specialPricingFormNumber: basicInfo.discountPercent === null ? null : basicInfo.specialPricingFormNumber,
    startDate: basicInfo.startDate!,
    deploymentWindowDays: basicInfo.deploymentWindowDays!,
    termOption: basicInfo.termOption!,
    termMonths: basicInfo.termOption === 'own-term' ? basicInfo.termMonths : null,
    term: totals.term!,
    hardwareLines: hardwareLines.map((l) => ({
      sku: l.sku,
      targetSku: l.targetSku,
      quantity: l.quantity,
      serialNumbers: l.serialNumbers,
      deliveryAddress: l.deliveryAddress!,
      shippingServiceLevel: l.shippingServiceLevel!,
      carrierName: l.carrierName,
      shippingAccount: l.shippingAccount,
    })),
    softwareLines: softwareLines.map((l) => ({ sku: l.sku, targetSku: l.targetSku, quantity: l.quantity })),
    comment,
    subtotal: money(totals.subtotalMinor),
    discount: money(totals.discountMinor),
    total: money(totals.totalMinor),
    unpricedSkus: totals.unpricedSkus,
  };
}

export function submitUpgradeRequest(
  state: UpgradeRequestState,
  caller: Caller,
  ctx: UpgradeContext,
): { state: UpgradeRequestState; events: UpgradeRequestEvent[] } {
  assertDraft(state);
  assertRequester(state, caller);
  assertMayRequestUpgrade(caller, ctx.order, ctx.contract);
  const errors = validateUpgradeRequest(state.content, ctx);
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  const totals = priceUpgradeRequest(state.content, ctx.order.currency, ctx.catalog, coTermEnd(ctx));
  const priced: UpgradeRequestState = {
    ...state,
    content: withDeliveryAddresses(state.content, ctx.addressBook),
    status: 'pending-approval',
    totals,
    heldSerials: selectedSerials(state.content),
    submittedAt: ctx.now,
    updatedAt: ctx.now,
  };
  const next: UpgradeRequestState = { ...priced, approvalTiers: openTiers(priced, ctx.approval.rules) };
  return {
    state: next,
    events: [
      { type: 'UpgradeRequestSubmitted', payload: { request: upgradeRequestDetails(next), submittedAt: ctx.now } },
      tierRequested(next, next.approvalTiers![0]!, ctx.approval, ctx.now),
    ],
  };
}
