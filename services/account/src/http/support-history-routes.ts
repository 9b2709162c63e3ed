import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { recordRequest, supportHistoryOf } from '../app/support-history';
import { accountParams as params } from './params';
import { ServiceRequestBody, ServiceRequestView } from './schemas';

/** Support history: service requests per device, recorded by the account team / support desk. */
export function supportHistoryRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/support/history',
      summary: 'Support history: service requests per device',
      tags: ['support'],
      params,
      query: pageQuery.extend({ serial: z.string().max(64).optional() }),
      responses: { 200: pageSchema(ServiceRequestView) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => ({ body: await supportHistoryOf(deps, input, input.query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/support/history',
      summary: 'Record a service request on a device (account team / support desk only)',
      tags: ['support'],
      params,
      body: ServiceRequestBody,
      responses: { 201: ServiceRequestView },
      errors: ['NOT_FOUND', 'INTERNAL_USERS_ONLY', 'DEVICE_NOT_FOUND', 'FIELD_REQUIRED'],
      auth: 'user',
      handler: async (input) => ({ status: 201, body: await recordRequest(deps, input, input.body) }),
    }),
  ];
}
