import type { ServiceContractConfirmedPayload } from '@portal/contracts';
import { DomainError, notFound } from '@portal/platform/src/errors';
import { requireCapability } from './access-policy';
import { accountRef, type AccountState } from './account';
import type { Device } from './devices';
import type { RenewalStatus, ServiceContractRenewal } from './request-service-contract-renewal';
import type { Grantee, Decision } from './types';
import { accountErrors } from './errors';

/**
 * After the quote: the customer accepts (a command the ERP books) or declines it before it expires; the ERP's
 * ServiceContractConfirmed makes it active and moves the devices' coverage. Accepting or declining needs the same
 * capability as requesting (manage service contracts: never a shopper-only user; a reseller's partner-admin may).
 */

/** The status a customer sees: a quote nobody decided on before validUntil shows as `quote-expired`. */
export function renewalStatusAt(
  r: Pick<ServiceContractRenewal, 'status' | 'quote'>,
  now: Date,
): RenewalStatus | 'quote-expired' {
  return r.status === 'quoted' && r.quote && new Date(r.quote.validUntil) < now ? 'quote-expired' : r.status;
}

function decidable(r: ServiceContractRenewal, caller: Grantee, account: AccountState, now: Date) {
  requireCapability(caller, accountRef(account), 'manage-service-contracts');
  if (r.accountId !== account.accountId) throw notFound('service contract renewal');
  if (r.status !== 'quoted' || !r.quote)
    throw accountErrors.RENEWAL_NOT_QUOTED(`the request is ${r.status}: only a quoted request can be decided`);
  if (new Date(r.quote.validUntil) < now)
    throw accountErrors.QUOTE_EXPIRED(`the quote was valid until ${r.quote.validUntil}: request a new one`);
  return r.quote;
}

export function acceptServiceContractQuote(
  r: ServiceContractRenewal,
  ctx: { caller: Grantee; account: AccountState; now: Date },
): Decision<ServiceContractRenewal> {
  const quote = decidable(r, ctx.caller, ctx.account, ctx.now);
  return {
    state: { ...r, status: 'accepted', decidedBy: ctx.caller.userId, decidedAt: ctx.now.toISOString() },
    events: [
      {
        type: 'ServiceContractQuoteAccepted',
        payload: {
          requestId: r.requestId,
          quoteId: quote.quoteId,
          plan: r.plan,
          durationMonths: r.durationMonths,
          serialNumbers: r.devices.map((d) => d.serialNumber),
          total: quote.total,
          acceptedBy: ctx.caller.userId,
          requestedBy: r.requestedBy,
        },
      },
    ],
  };
}

export function declineServiceContractQuote(
  r: ServiceContractRenewal,
  reason: string | null,
  ctx: { caller: Grantee; account: AccountState; now: Date },
): Decision<ServiceContractRenewal> {
  const quote = decidable(r, ctx.caller, ctx.account, ctx.now);
  if ((reason ?? '').length > 2000)
    throw DomainError.fromFieldErrors([{ path: 'reason', code: 'FIELD_INVALID', message: 'at most 2000 characters' }]);
  return {
    state: {
      ...r,
      status: 'declined',
      decidedBy: ctx.caller.userId,
      decidedAt: ctx.now.toISOString(),
      declineReason: reason,
    },
    events: [
      {
        type: 'ServiceContractQuoteDeclined',
        payload: {
          requestId: r.requestId,
          quoteId: quote.quoteId,
          reason,
          declinedBy: ctx.caller.userId,
          requestedBy: r.requestedBy,
        },
      },
    ],
  };
}

/**
 * The ERP booked what the customer accepted. Only an accepted request of the same account becomes active; a
 * confirmation for anything else is an integration error (thrown: the platform retries, then dead-letters it).
 * The ERP's plan and dates are the truth from now on.
 */
export function confirmServiceContract(
  r: ServiceContractRenewal | null,
  accountId: string,
  p: ServiceContractConfirmedPayload,
): Decision<ServiceContractRenewal> {
  if (!r || r.accountId !== accountId)
    throw new Error(`ServiceContractConfirmed for unknown request ${p.requestId} of ${accountId}`);
  if (r.status !== 'accepted')
    throw new Error(`ServiceContractConfirmed for request ${p.requestId} which is ${r.status}, not accepted`);
  return {
    state: {
      ...r,
      status: 'active',
      plan: p.plan as ServiceContractRenewal['plan'],
      serviceContractNumber: p.serviceContractNumber,
      coverage: { startDate: p.startDate, endDate: p.endDate },
    },
    events: [
      {
        type: 'ServiceContractActivated',
        payload: {
          requestId: r.requestId,
          serviceContractNumber: p.serviceContractNumber,
          plan: p.plan,
          startDate: p.startDate,
          endDate: p.endDate,
          serialNumbers: p.serialNumbers,
          requestedBy: r.requestedBy,
        },
      },
    ],
  };
}

/** A covered device: its support plan, the contract and the date its support now ends (never moved backwards). */
export function coverDevice(d: Device, p: ServiceContractConfirmedPayload): Device {
  const previous = d.supportEndsOn ?? null;
  return {
    ...d,
    supportPlan: p.plan,
    serviceContractNumber: p.serviceContractNumber,
    supportEndsOn: previous && previous > p.endDate ? previous : p.endDate,
  };
}
