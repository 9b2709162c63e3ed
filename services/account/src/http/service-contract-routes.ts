import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { decideQuote, renewalOf, renewalsOf, requestRenewal } from '../app/service-contracts';
import { accountParams as params, idParam } from './params';
import { DeclineBody, RenewalBody, RenewalView } from './schemas';

const one = params.extend({ requestId: idParam });

/** "Manage service contracts" (seed 004 item 6): request -> priced quote -> accept/decline -> ERP confirms -> active. */
export function serviceContractRoutes(deps: Deps) {
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
        const reason = (input.body as { reason?: string | null } | undefined)?.reason ?? null;
        const decision = verb === 'decline' ? { verb, reason } : { verb };
        return { body: await decideQuote(deps, input, input.params.requestId, decision) };
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
        const { account, renewal } = await requestRenewal(deps, input, input.body);
        return {
          status: 202,
          body: renewal,
          headers: { location: `/accounts/${account.accountId}/service-contract-renewals/${renewal.requestId}` },
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
      handler: async (input) => ({ body: await renewalsOf(deps, input, input.query) }),
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
      handler: async (input) => ({ body: await renewalOf(deps, input, input.params.requestId) }),
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
