import { defineRoute, notFound, page, pageQuery, pageSchema, z } from '@portal/platform';
import { normalizeSerial } from '../domain/devices';
import { requestServiceContractRenewal, type ServiceContractRenewal } from '../domain/request-service-contract-renewal';
import {
  acceptServiceContractQuote,
  declineServiceContractQuote,
  renewalStatusAt,
} from '../domain/service-contract-lifecycle';
import { offerIn } from '../domain/service-contract-offers';
import { accountFor, accountIdParam, callerOf, idParam, newId, type Deps } from './context';
import { RenewalBody } from './schemas';
import { DeclineBody, RenewalView } from './service-contract-schemas';

const params = z.object({ accountId: accountIdParam });
const one = params.extend({ requestId: idParam });

/** "Manage service contracts" (seed 004 item 6): request -> priced quote -> accept/decline -> ERP confirms -> active. */
export function serviceContractRoutes(deps: Deps) {
  const now = () => deps.kit.clock.now();
  const view = ({ accountId: _a, ...r }: ServiceContractRenewal) => ({
    ...r,
    status: renewalStatusAt(r, now()),
    quote: r.quote ?? null,
    decidedBy: r.decidedBy ?? null,
    decidedAt: r.decidedAt ?? null,
    declineReason: r.declineReason ?? null,
    serviceContractNumber: r.serviceContractNumber ?? null,
    coverage: r.coverage ?? null,
  });
  const decision = (verb: 'acceptance' | 'decline', summary: string, errors: string[]) =>
    defineRoute({
      method: 'post',
      path: `/accounts/:accountId/service-contract-renewals/:requestId/${verb}`,
      summary,
      tags: ['service contracts'],
      params: one,
      body: verb === 'decline' ? DeclineBody : z.object({}).strict().optional(),
      responses: { 200: RenewalView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE', 'RENEWAL_NOT_QUOTED', 'QUOTE_EXPIRED', ...errors],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-service-contracts', 'service-contracts');
        const ctx = { caller: callerOf(input.principal), account, now: now() };
        const state = (
          await deps.stores.renewals.decide(
            input.params.requestId,
            (current) => {
              if (!current || current.accountId !== account.accountId) throw notFound('service contract renewal');
              return verb === 'decline'
                ? declineServiceContractQuote(current, (input.body as { reason?: string | null })?.reason ?? null, ctx)
                : acceptServiceContractQuote(current, ctx);
            },
            { accountId: () => account.accountId },
          )
        ).state;
        return { body: view(state) };
      },
    });
  return [
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/service-contract-renewals',
      summary:
        'Renew or upgrade the support plan of selected devices: answered with a quote priced from the plans sold in the account’s country (not for shoppers)',
      tags: ['service contracts'],
      params,
      body: RenewalBody,
      responses: { 202: RenewalView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'UNKNOWN_PLAN',
        'DURATION_NOT_OFFERED',
        'NO_DEVICES_SELECTED',
        'DUPLICATE_DEVICE',
        'DEVICE_NOT_FOUND',
        'PLAN_NOT_AN_UPGRADE',
        'PLAN_DOWNGRADE_NOT_ALLOWED',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'view-account');
        const requestId = newId('scr');
        const devices = await deps.stores.devicesBySerials(
          account.accountId,
          input.body.serialNumbers.map(normalizeSerial),
        );
        const offers = deps.serviceContractOffers;
        const state = (
          await deps.stores.renewals.decide(
            requestId,
            () =>
              requestServiceContractRenewal(requestId, input.body, {
                caller: callerOf(input.principal),
                account,
                devices,
                now: now(),
                offer: offerIn(offers, account.country, account.region),
                quoteValidityDays: offers.quoteValidityDays,
              }),
            { accountId: () => account.accountId },
          )
        ).state;
        return {
          status: 202,
          body: view(state),
          headers: { location: `/accounts/${account.accountId}/service-contract-renewals/${requestId}` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/service-contract-renewals',
      summary: 'Service contract renewal requests of the account, with their quotes and status',
      tags: ['service contracts'],
      params,
      query: pageQuery,
      responses: { 200: pageSchema(RenewalView) },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-service-contracts', 'service-contracts');
        const items = (await deps.stores.renewalsOfAccount(account.accountId)).map(view);
        return {
          body: page(items, {
            limit: input.query.limit,
            cursor: input.query.cursor,
            key: (r) => `${r.requestedAt}|${r.requestId}`,
          }),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/service-contract-renewals/:requestId',
      summary: 'One service contract renewal request, with its quote and status',
      tags: ['service contracts'],
      params: one,
      responses: { 200: RenewalView },
      errors: ['NOT_FOUND', 'ROLE_REQUIRED'],
      auth: 'user',
      handler: async (input) => {
        const account = await accountFor(deps, input, 'manage-service-contracts');
        const renewal = (await deps.stores.renewals.get(input.params.requestId))?.state;
        if (!renewal || renewal.accountId !== account.accountId) throw notFound('service contract renewal');
        return { body: view(renewal) };
      },
    }),
    decision(
      'acceptance',
      'Accept the quote (manage service contracts): the ERP books the contract; active once it confirms',
      [],
    ),
    decision('decline', 'Decline the quote, with an optional reason: the request is closed', [
      'FIELD_INVALID',
      'VALIDATION_FAILED',
    ]),
  ];
}
