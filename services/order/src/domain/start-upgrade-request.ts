/**
 * Creating an upgrade request on a sales order, in one call (submit at once) or as a wizard draft.
 * Preconditions (refusals, checked before any field rule): role `operations` on the contract's account
 * (ROLE_REQUIRED, 403), contract `active` (CONTRACT_NOT_ACTIVE), sales order not cancelled (SALES_ORDER_NOT_ACTIVE).
 * A draft may be incomplete: only the sections it carries are checked; submit checks everything.
 */
import { withDeliveryAddresses } from './delivery-address';
import { DomainError } from '@portal/platform/src/errors';
import { assertMayRequestUpgrade } from './upgrade-preconditions';
import { submitUpgradeRequest, type UpgradeRequestEvent } from './submit-upgrade-request';
import type { Caller } from './types';
import { contentFrom, type BasicInfo, type UpgradeRequestContent, type UpgradeRequestState } from './upgrade-request';
import {
  validateBasicInfo,
  validateHardwareLines,
  validateMisc,
  validateSoftwareLines,
  type UpgradeContext,
} from './validate-upgrade-request';

const hasAnyBasicInfo = (b: BasicInfo) => Object.values(b).some((v) => v !== null);

/** Rules of the sections a draft carries (a blank section is "not filled in yet"). */
export function validateDraftSections(content: UpgradeRequestContent, ctx: UpgradeContext) {
  return [
    ...(hasAnyBasicInfo(content.basicInfo) ? validateBasicInfo(content.basicInfo, ctx) : []),
    ...validateHardwareLines(content.hardwareLines, ctx),
    ...validateSoftwareLines(content.softwareLines, ctx),
    ...validateMisc(content.comment),
  ];
}

export function startUpgradeRequest(input: {
  requestId: string;
  caller: Caller;
  content: Partial<UpgradeRequestContent>;
  submit: boolean;
  ctx: UpgradeContext;
}): { state: UpgradeRequestState; events: UpgradeRequestEvent[] } {
  const { caller, ctx } = input;
  assertMayRequestUpgrade(caller, ctx.order, ctx.contract);
  const content = contentFrom(input.content);
  const draft: UpgradeRequestState = {
    requestId: input.requestId,
    accountId: ctx.order.accountId,
    contractNumber: ctx.order.contractNumber!,
    orderNumber: ctx.order.orderNumber,
    status: 'draft',
    requestedBy: caller.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    content,
    totals: null,
    heldSerials: [],
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    rejectionReason: null,
    withdrawnBy: null,
    withdrawnAt: null,
    bookedOrderNumber: null,
    bookedAt: null,
  };
  if (input.submit) return submitUpgradeRequest(draft, caller, ctx);
  const errors = validateDraftSections(content, ctx);
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  return { state: { ...draft, content: withDeliveryAddresses(content, ctx.addressBook) }, events: [] };
}
