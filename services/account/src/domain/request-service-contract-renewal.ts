import type { Money } from '@portal/contracts';
import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import { requireCapability } from './access-policy';
import { accountRef, type AccountState } from './account';
import { normalizeSerial, type Device } from './devices';
import { requireFeature } from './feature-availability';
import { devicePrice, SUPPORT_PLANS, type ServiceContractOffer, type SupportPlan } from './service-contract-offers';
import type { Grantee, Decision } from './types';
import { PLATFORM_ERRORS } from '@portal/platform/src/domain';
import { addDaysToInstant } from '@portal/platform/src/domain';

export { SUPPORT_PLANS, type SupportPlan } from './service-contract-offers';
export const MAX_DEVICES_PER_REQUEST = 100;

export interface RenewalRequestCommand {
  action: 'renew' | 'upgrade';
  plan: string;
  durationMonths: number;
  serialNumbers: string[];
  comment?: string | null;
}

/** quoted -> accepted (the ERP books it) -> active (ERP confirmed) | declined; `requested` is the pre-quote legacy. */
export type RenewalStatus = 'requested' | 'quoted' | 'accepted' | 'declined' | 'active';

export interface ServiceContractQuote {
  quoteId: string;
  lines: { serialNumber: string; sku: string; amount: Money }[];
  total: Money;
  validUntil: string;
}

export interface ServiceContractRenewal {
  requestId: string;
  accountId: string;
  action: 'renew' | 'upgrade';
  plan: SupportPlan;
  durationMonths: number;
  devices: { serialNumber: string; sku: string; currentPlan: string | null; warrantyEndsOn: string | null }[];
  comment: string | null;
  status: RenewalStatus;
  quote?: ServiceContractQuote | null;
  requestedBy: string;
  requestedAt: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  declineReason?: string | null;
  serviceContractNumber?: string | null;
  coverage?: { startDate: string; endDate: string } | null;
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
  ctx: {
    caller: Grantee;
    account: AccountState;
    devices: Device[];
    now: Date;
    /** Plans and durations sold in the account's country (null: none, FEATURE_NOT_AVAILABLE). */
    offer: ServiceContractOffer | null;
    quoteValidityDays: number;
  },
): Decision<ServiceContractRenewal> {
  requireCapability(ctx.caller, accountRef(ctx.account), 'manage-service-contracts');
  requireFeature(ctx.account, 'service-contracts');
  const offer = ctx.offer;
  if (!offer)
    throw PLATFORM_ERRORS.FEATURE_NOT_AVAILABLE(`no service contract plans are sold in ${ctx.account.country}`);
  const plans = Object.keys(offer.plans);
  const errors: FieldError[] = [];
  if (!plans.includes(cmd.plan))
    errors.push({ path: 'plan', code: 'UNKNOWN_PLAN', message: `sold in ${ctx.account.country}: ${plans.join(', ')}` });
  if (!offer.durationsMonths.includes(cmd.durationMonths))
    errors.push({
      path: 'durationMonths',
      code: 'DURATION_NOT_OFFERED',
      message: `one of ${offer.durationsMonths.join(', ')} months in ${ctx.account.country}`,
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
  const plan = cmd.plan as SupportPlan;
  const devices = selected.map((d) => ({
    serialNumber: d.serialNumber,
    sku: d.sku,
    currentPlan: d.supportPlan,
    warrantyEndsOn: d.warrantyEndsOn,
  }));
  const each = devicePrice(offer, plan, cmd.durationMonths);
  const money = (amountMinor: number): Money => ({ amountMinor, currency: offer.currency });
  const quote: ServiceContractQuote = {
    quoteId: `${requestId}-q1`,
    lines: devices.map((d) => ({ serialNumber: d.serialNumber, sku: d.sku, amount: money(each) })),
    total: money(each * devices.length),
    validUntil: addDaysToInstant(ctx.now, ctx.quoteValidityDays).toISOString(),
  };
  const state: ServiceContractRenewal = {
    requestId,
    accountId: ctx.account.accountId,
    action: cmd.action,
    plan,
    durationMonths: cmd.durationMonths,
    devices,
    comment: cmd.comment ?? null,
    status: 'quoted',
    quote,
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
      {
        type: 'ServiceContractQuoteIssued',
        payload: {
          requestId,
          quoteId: quote.quoteId,
          action: state.action,
          plan,
          durationMonths: state.durationMonths,
          lines: quote.lines,
          total: quote.total,
          validUntil: new Date(quote.validUntil),
          requestedBy: state.requestedBy,
        },
      },
    ],
  };
}
