import { defineRoute, z, type RouteDefinition } from '@portal/platform';
import type { Licensing } from '../app/licensing';
import { assignOrder, visibleOrder } from '../app/order-assignment';
import { id, orderRef, tags } from './params';
import { OrderLicensingView, toOrderView } from './views';

export function orderRoutes(l: Licensing): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/orders/:orderRef',
      tags: tags.orders,
      auth: 'user',
      summary:
        'A sales order (by sales order or web order number) with its Smart Account assignment, why it waits, and its deposits',
      params: z.object({ orderRef }),
      responses: { 200: OrderLicensingView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({
        body: toOrderView(await visibleOrder(l, principal, params.orderRef)),
      }),
    }),
    defineRoute({
      method: 'put',
      path: '/orders/:orderRef/smart-account-assignment',
      tags: tags.orders,
      auth: 'user',
      summary: 'Assign (or re-assign) the order to a Smart Account and virtual account, accepting the terms',
      description:
        'External users with access to the order (its account or the partner of record). Licences are deposited automatically once the order is shipped and confirmed, not on export hold, and the Smart Account active.',
      params: z.object({ orderRef }),
      body: z.object({ smartAccountId: id, virtualAccountId: id, termsAccepted: z.boolean() }).strict(),
      responses: { 200: OrderLicensingView },
      errors: [
        'NOT_FOUND',
        'INTERNAL_USERS_MUST_OPEN_CASE',
        'TERMS_NOT_ACCEPTED',
        'VIRTUAL_ACCOUNT_NOT_IN_SMART_ACCOUNT',
        'SMART_ACCOUNT_NOT_ELIGIBLE',
        'SALES_ORDER_NOT_ACTIVE',
        'LICENCES_ALREADY_DEPOSITED',
      ],
      handler: async ({ params, body, principal }) => ({
        body: toOrderView(await assignOrder(l, principal, params.orderRef, body)),
      }),
    }),
  ];
}
