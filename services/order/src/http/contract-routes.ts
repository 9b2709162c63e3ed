/** Contracts of the caller's accounts and the sales orders under each. */
import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import { listContractSalesOrders } from '../app/list-contract-sales-orders';
import { listContracts } from '../app/list-contracts';
import type { OrderApp } from '../app/order-app';
import { ContractListQuery, ContractView, SalesOrderView } from './order-schemas';
import { contractNumberParam } from './schemas';
import { contractView, salesOrderView } from './views';

export function contractRoutes(app: OrderApp) {
  return [
    defineRoute({
      method: 'get',
      path: '/contracts',
      summary: "The contracts of the caller's accounts, with status and term",
      query: pageQuery.merge(ContractListQuery),
      responses: { 200: pageSchema(ContractView) },
      handler: async ({ query, principal }) => {
        const found = await listContracts(app, principal, query);
        return { body: { items: found.items.map(contractView), nextCursor: found.nextCursor } };
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
        body: contractView(await app.scope.visibleContract(principal, params.contractNumber)),
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
        const found = await listContractSalesOrders(app, principal, params.contractNumber, query);
        return {
          body: { items: found.items.map((o) => salesOrderView(o, found.requests)), nextCursor: found.nextCursor },
        };
      },
    }),
  ];
}
