import { type RouteDefinition, decodeCursor, defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import { elementWithCatalogs, elementsPage, visiblePerimeters } from '../app/browse-inventory';
import type { ChangeTicketApp } from '../app/context';
import { ElementDetail, ElementParams, ElementSchema, PerimeterSchema, id } from './schemas';

/** Perimeters and their inventory elements. */
export function inventoryRoutes(app: ChangeTicketApp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/perimeters',
      summary: 'Perimeters (scopes) the caller can work in; operators name the account',
      tags: ['inventory'],
      query: z.object({ accountId: id.optional() }).strict(),
      responses: { 200: z.object({ items: z.array(PerimeterSchema) }) },
      handler: async ({ query, principal }) => ({
        body: { items: await visiblePerimeters(app, principal, query.accountId) },
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/elements',
      summary:
        'Inventory elements of a perimeter; `q` searches name and id, `catalogId` keeps the elements that catalog serves',
      tags: ['inventory'],
      query: pageQuery
        .extend({ perimeter: id, q: z.string().max(100).optional(), catalogId: z.string().max(64).optional() })
        .strict(),
      responses: { 200: pageSchema(ElementSchema) },
      errors: ['NOT_FOUND'],
      handler: async ({ query: { cursor, ...query }, principal }) => ({
        body: await elementsPage(app, principal, { ...query, after: decodeCursor(cursor) }),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/elements/:elementId',
      summary: 'One inventory element with the catalogs available for its kind (categories, articles, fields)',
      tags: ['inventory'],
      params: ElementParams,
      responses: { 200: ElementDetail },
      errors: ['NOT_FOUND'],
      handler: async ({ params, principal }) => ({ body: await elementWithCatalogs(app, principal, params.elementId) }),
    }),
  ];
}
