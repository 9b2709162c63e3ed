/**
 * The wizard, step by step: each step replaces its section of a draft and is refused (422, every broken rule of
 * that step at once) when its rules are broken, so the wizard can show them before "Next". Only the requester edits
 * their draft, and only while they still hold `operations` and the contract and order are active.
 */
import { DomainError } from '@portal/platform/src/errors';
import { withDeliveryAddresses } from './delivery-address';
import { assertDraft, assertMayRequestUpgrade, assertRequester } from './upgrade-preconditions';
import type { Caller } from './types';
import type { BasicInfo, HardwareUpgradeLine, SoftwareUpgradeLine, UpgradeRequestState } from './upgrade-request';
import {
  validateBasicInfo,
  validateHardwareLines,
  validateMisc,
  validateSoftwareLines,
  type UpgradeContext,
} from './validate-upgrade-request';

export type UpgradeStep =
  | { step: 'basic-info'; basicInfo: BasicInfo }
  | { step: 'hardware'; hardwareLines: HardwareUpgradeLine[] }
  | { step: 'software'; softwareLines: SoftwareUpgradeLine[] }
  | { step: 'misc'; comment: string | null };

export function saveUpgradeStep(
  state: UpgradeRequestState,
  caller: Caller,
  step: UpgradeStep,
  ctx: UpgradeContext,
): { state: UpgradeRequestState; events: [] } {
  assertDraft(state);
  assertRequester(state, caller);
  assertMayRequestUpgrade(caller, ctx.order, ctx.contract);
  const content = { ...state.content };
  let errors;
  switch (step.step) {
    case 'basic-info':
      content.basicInfo = step.basicInfo;
      errors = validateBasicInfo(step.basicInfo, ctx);
      break;
    case 'hardware':
      content.hardwareLines = step.hardwareLines;
      errors = validateHardwareLines(step.hardwareLines, ctx);
      break;
    case 'software':
      content.softwareLines = step.softwareLines;
      errors = validateSoftwareLines(step.softwareLines, ctx);
      break;
    case 'misc':
      content.comment = step.comment;
      errors = validateMisc(step.comment);
      break;
  }
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  return {
    state: { ...state, content: withDeliveryAddresses(content, ctx.addressBook), updatedAt: ctx.now },
    events: [],
  };
}
