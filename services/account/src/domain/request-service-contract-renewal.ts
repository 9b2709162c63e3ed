import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import { requireCapability } from './access-policy';
import { accountRef, type AccountState } from './account';
import { normalizeSerial, type Device } from './devices';
import { requireFeature } from './feature-availability';
import type { Caller, Decision } from './types';

/** Support plans, lowest first: an upgrade goes up this list. */
export const SUPPORT_PLANS = ['basic', 'prosupport', 'prosupport-plus'] as const;
export type SupportPlan = (typeof SUPPORT_PLANS)[number];
export const DURATIONS_MONTHS = [12, 24, 36, 48, 60] as const;
export const MAX_DEVICES_PER_REQUEST = 100;

export interface RenewalRequestCommand {
  action: 'renew' | 'upgrade';
  plan: string;
  durationMonths: number;
  serialNumbers: string[];
  comment?: string | null;
}

export interface ServiceContractRenewal {
  requestId: string;
  accountId: string;
  action: 'renew' | 'upgrade';
  plan: SupportPlan;
  durationMonths: number;
  devices: { serialNumber: string; sku: string; currentPlan: string | null; warrantyEndsOn: string | null }[];
  comment: string | null;
  status: 'requested';
  requestedBy: string;
  requestedAt: string;
}

const rank = (plan: string | null) => (plan ? SUPPORT_PLANS.indexOf(plan as SupportPlan) : -1);

/**
 * "Manage service contracts" (seed 004 item 6): renew or upgrade the support plan of selected devices of the account.
 * Not for shoppers (ROLE_REQUIRED), only where the account has the `service-contracts` feature. A renewal keeps
 * or raises each device's plan (PLAN_DOWNGRADE_NOT_ALLOWED); an upgrade must raise it (PLAN_NOT_AN_UPGRADE).
 */
export function requestServiceContractRenewal(
  requestId: string,
  cmd: RenewalRequestCommand,
  ctx: { caller: Caller; account: AccountState; devices: Device[]; now: Date },
): Decision<ServiceContractRenewal> {
  requireCapability(ctx.caller, accountRef(ctx.account), 'manage-service-contracts');
  requireFeature(ctx.account, 'service-contracts');
  const errors: FieldError[] = [];
  if (!(SUPPORT_PLANS as readonly string[]).includes(cmd.plan))
    errors.push({ path: 'plan', code: 'UNKNOWN_PLAN', message: `one of ${SUPPORT_PLANS.join(', ')}` });
  if (!(DURATIONS_MONTHS as readonly number[]).includes(cmd.durationMonths))
    errors.push({
      path: 'durationMonths',
      code: 'DURATION_NOT_OFFERED',
      message: `one of ${DURATIONS_MONTHS.join(', ')} months`,
    });
  if (cmd.serialNumbers.length === 0)
    errors.push({ path: 'serialNumbers', code: 'NO_DEVICES_SELECTED', message: 'select at least one device' });
  if (cmd.serialNumbers.length > MAX_DEVICES_PER_REQUEST)
    errors.push({
      path: 'serialNumbers',
      code: 'FIELD_INVALID',
      message: `at most ${MAX_DEVICES_PER_REQUEST} devices per request`,
    });
  if ((cmd.comment ?? '').length > 2000)
    errors.push({ path: 'comment', code: 'FIELD_INVALID', message: 'at most 2000 characters' });
  const seen = new Set<string>();
  const selected: Device[] = [];
  cmd.serialNumbers.forEach((raw, i) => {
    const serial = normalizeSerial(raw);
    if (seen.has(serial)) {
      errors.push({ path: `serialNumbers[${i}]`, code: 'DUPLICATE_DEVICE', message: `${serial} is selected twice` });
      return;
    }
    seen.add(serial);
    const device = ctx.devices.find((d) => d.serialNumber === serial && d.accountId === ctx.account.accountId);
    if (!device) {
      errors.push({
        path: `serialNumbers[${i}]`,
        code: 'DEVICE_NOT_FOUND',
        message: `no device ${serial} on this account`,
      });
      return;
    }
    selected.push(device);
    if (rank(cmd.plan) < 0) return;
    if (cmd.action === 'upgrade' && rank(cmd.plan) <= rank(device.supportPlan ?? 'basic')) {
      errors.push({
        path: `serialNumbers[${i}]`,
        code: 'PLAN_NOT_AN_UPGRADE',
        message: `${serial} already has ${device.supportPlan ?? 'basic'}`,
      });
    }
    if (cmd.action === 'renew' && rank(cmd.plan) < rank(device.supportPlan)) {
      errors.push({
        path: `serialNumbers[${i}]`,
        code: 'PLAN_DOWNGRADE_NOT_ALLOWED',
        message: `${serial} has ${device.supportPlan}`,
      });
    }
  });
  assertNoFieldErrors(errors);
  const state: ServiceContractRenewal = {
    requestId,
    accountId: ctx.account.accountId,
    action: cmd.action,
    plan: cmd.plan as SupportPlan,
    durationMonths: cmd.durationMonths,
    devices: selected.map((d) => ({
      serialNumber: d.serialNumber,
      sku: d.sku,
      currentPlan: d.supportPlan,
      warrantyEndsOn: d.warrantyEndsOn,
    })),
    comment: cmd.comment ?? null,
    status: 'requested',
    requestedBy: ctx.caller.userId,
    requestedAt: ctx.now.toISOString(),
  };
  return {
    state,
    events: [
      {
        type: 'ServiceContractRenewalRequested',
        payload: {
          requestId,
          action: state.action,
          plan: state.plan,
          durationMonths: state.durationMonths,
          devices: state.devices,
          requestedBy: state.requestedBy,
          comment: state.comment,
        },
      },
    ],
  };
}
