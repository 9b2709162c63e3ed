import { type RouteDefinition, defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import type { NotificationApp } from '../app/context';
import { accountDeliveriesPage, deliveryFor } from '../app/deliveries';
import { DeliveryView, accountId, deliveryView, id } from './views';

/** Deliveries (e-mails and inbox items) for support: the account's site admins, or the recipient. */
export function deliveryRoutes(app: NotificationApp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/deliveries',
      summary: 'Deliveries of an account, newest first (site admins): e-mails pending, sent or failed, inbox items',
      tags: ['deliveries'],
      params: z.object({ accountId }),
      query: pageQuery
        .extend({
          status: z.enum(['pending', 'sent', 'failed']).optional(),
          channel: z.enum(['email', 'inbox']).optional(),
        })
        .strict(),
      responses: { 200: pageSchema(DeliveryView) },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async ({ params, query, principal }) => {
        const { items, nextCursor } = await accountDeliveriesPage(app, principal, params.accountId, query);
        return { body: { items: items.map(deliveryView), nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/deliveries/:deliveryId',
      summary: 'One delivery: to its recipient, or to a site admin of its account',
      tags: ['deliveries'],
      params: z.object({ deliveryId: id }),
      responses: { 200: DeliveryView },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async ({ params, principal }) => ({
        body: deliveryView(await deliveryFor(app, principal, params.deliveryId)),
      }),
    }),
  ];
}
