import { notFound, granteeOf } from '@portal/platform';
import { normalizeSerial } from '../domain/devices';
import {
  requestServiceContractRenewal,
  type RenewalRequestCommand,
  type ServiceContractRenewal,
} from '../domain/request-service-contract-renewal';
import {
  acceptServiceContractQuote,
  declineServiceContractQuote,
  renewalStatusAt,
} from '../domain/service-contract-lifecycle';
import { offerIn } from '../domain/service-contract-offers';
import { accountFor, type AccountRequest } from './access';
import { newId, nowOf, type Deps } from './deps';
import { mapPage } from '@portal/platform';

/** "Manage service contracts" (seed 004 item 6): request -> priced quote -> accept/decline -> ERP confirms -> active. */
const renewalView = ({ accountId: _a, ...r }: ServiceContractRenewal, now: Date) => ({
  ...r,
  status: renewalStatusAt(r, now),
  quote: r.quote ?? null,
  decidedBy: r.decidedBy ?? null,
  decidedAt: r.decidedAt ?? null,
  declineReason: r.declineReason ?? null,
  serviceContractNumber: r.serviceContractNumber ?? null,
  coverage: r.coverage ?? null,
});

/** Asks for a renewal or upgrade of selected devices' support: answered with a quote from the country's plans. */
export async function requestRenewal(deps: Deps, input: AccountRequest, cmd: RenewalRequestCommand) {
  const account = await accountFor(deps, input, 'view-account');
  const requestId = newId('scr');
  const devices = await deps.stores.devicesBySerials(account.accountId, cmd.serialNumbers.map(normalizeSerial));
  const offers = deps.serviceContractOffers;
  const now = nowOf(deps);
  const { state } = await deps.stores.renewals.decide(
    requestId,
    () =>
      requestServiceContractRenewal(requestId, cmd, {
        caller: granteeOf(input.principal),
        account,
        devices,
        now,
        offer: offerIn(offers, account.country, account.region),
        quoteValidityDays: offers.quoteValidityDays,
      }),
    { accountId: () => account.accountId },
  );
  return { account, renewal: renewalView(state, now) };
}

/** One page of the account's renewal requests, by request time then id. */
export async function renewalsOf(deps: Deps, input: AccountRequest, page: { limit: number; cursor?: string }) {
  const account = await accountFor(deps, input, 'manage-service-contracts', 'service-contracts');
  const found = await deps.stores.renewalsPage(account.accountId, page);
  const now = nowOf(deps);
  return mapPage(found, (r) => renewalView(r, now));
}

export async function renewalOf(deps: Deps, input: AccountRequest, requestId: string) {
  const account = await accountFor(deps, input, 'manage-service-contracts');
  const renewal = (await deps.stores.renewals.get(requestId))?.state;
  if (!renewal || renewal.accountId !== account.accountId) throw notFound('service contract renewal');
  return renewalView(renewal, nowOf(deps));
}

/** The customer accepts the quote (the command the ERP books) or declines it, with an optional reason. */
export async function decideQuote(
  deps: Deps,
  input: AccountRequest,
  requestId: string,
  decision: { verb: 'acceptance' } | { verb: 'decline'; reason: string | null },
) {
  const account = await accountFor(deps, input, 'manage-service-contracts', 'service-contracts');
  const ctx = { caller: granteeOf(input.principal), account, now: nowOf(deps) };
  const { state } = await deps.stores.renewals.decide(
    requestId,
    (current) => {
      if (!current || current.accountId !== account.accountId) throw notFound('service contract renewal');
      return decision.verb === 'decline'
        ? declineServiceContractQuote(current, decision.reason, ctx)
        : acceptServiceContractQuote(current, ctx);
    },
    { accountId: () => account.accountId },
  );
  return renewalView(state, ctx.now);
}
