import { defineRoute, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { overviewOf } from '../app/overview';
import { accountParams as params } from './params';

export function overviewRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/overview',
      summary:
        'Overview: address book, quotes, saved payment methods, express checkout and recent online orders, each summarized',
      tags: ['account home'],
      params,
      responses: { 200: z.record(z.unknown()).openapi('Overview') },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async (input) => ({ body: await overviewOf(deps, input) }),
    }),
  ];
}
