/** Contracts and sales orders of the caller's accounts (issue 2 slice + issue 3 contract views). */
import { defineRoute, notFound, page, pageQuery, pageSchema, z, type ServiceKit } from '@portal/platform';
import { canSee } from '../domain/access';
import { upgradeOptions } from '../domain/upgrade-options';
import type { OrderStores } from '../store/stores';
import {
  ContractListQuery,
  ContractView,
  contractNumberParam,
  orderNumberParam,
  SalesOrderView,
  UpgradeOptionView,
} from './schemas';
import type { Scope } from './scope';
import { contractView, salesOrderView } from './views';

export function orderRoutes(_kit: ServiceKit, stores: OrderStores, scope: Scope) {
  return [
    defineRoute({
      method: 'get',
      path: '/contracts',
      summary: "The contracts of the caller's accounts, with status and term",
      query: pageQuery.merge(ContractListQuery),
      responses: { 200: pageSchema(ContractView) },
      handler: async ({ query, principal }) => {
        const { accountIds, visible } = await scope.listScope(principal);
        const contracts = (await stores.contractsOf(accountIds, query.status)).filter(visible);
        return {
          body: page(contracts.map(contractView), {
            limit: query.limit,
            cursor: query.cursor,
            key: (c) => c.contractNumber,
          }),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/contracts/:contractNumber',
      summary: 'One contract',
      params: z.object({ contractNumber: contractNumberParam }),
      responses: { 200: ContractView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({
        body: contractView(await scope.visibleContract(principal, params.contractNumber)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/contracts/:contractNumber/sales-orders',
      summary:
        'The sales orders under a contract, each with its lines, serial numbers, status, export hold and upgrade requests',
      params: z.object({ contractNumber: contractNumberParam }),
      query: pageQuery,
      responses: { 200: pageSchema(SalesOrderView) },
      errors: ['NOT_FOUND'],
      handler: async ({ params, query, principal }) => {
        const contract = await stores.contract(params.contractNumber);
        const orders = await stores.salesOrdersOfContract(params.contractNumber);
        const v = await scope.visibilityOf(principal, { singleRecord: true });
        const visible = orders.filter((o) => canSee(v, o));
        // Unknown contract, or one the caller cannot see and no order of it they can: 404.
        if (visible.length === 0 && !(contract && canSee(v, contract)))
          throw notFound(`contract ${params.contractNumber}`);
        const requests = await stores.upgradeRequestsOfOrders(visible.map((o) => o.orderNumber));
        return {
          body: page(
            visible.map((o) => salesOrderView(o, requests)),
            { limit: query.limit, cursor: query.cursor, key: (o) => o.orderNumber },
          ),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sales-orders/:orderNumber',
      summary: "One sales order of the caller's accounts, with its upgrade requests",
      params: z.object({ orderNumber: orderNumberParam }),
      responses: { 200: SalesOrderView },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => {
        const order = await scope.visibleOrder(principal, params.orderNumber);
        return { body: salesOrderView(order, await stores.upgradeRequestsOfOrders([order.orderNumber])) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sales-orders/:orderNumber/upgrade-options',
      summary:
        'The SKUs of an order eligible for upgrade, what each can be upgraded to, and which serial numbers are free',
      params: z.object({ orderNumber: orderNumberParam }),
      responses: { 200: z.object({ orderNumber: z.string(), options: z.array(UpgradeOptionView) }) },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => {
        const order = await scope.visibleOrder(principal, params.orderNumber);
        const [catalog, held] = await Promise.all([
          stores.catalogForOrder(order),
          stores.serialsHeldOnOrder(order.orderNumber),
        ]);
        return { body: { orderNumber: order.orderNumber, options: upgradeOptions(order, catalog, held) } };
      },
    }),
  ];
}
