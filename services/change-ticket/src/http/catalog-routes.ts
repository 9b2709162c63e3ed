import { type RouteDefinition, defineRoute, notFound } from '@portal/platform';
import { type CatalogFile, findCatalog } from '../domain/catalog';
import { CatalogParams, CatalogSchema, CatalogsAnswer } from './schemas';

/** The change catalogs loaded from the catalog file (read by any user). */
export function catalogRoutes(catalogs: CatalogFile): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/catalogs',
      summary:
        'Every change catalog with its categories, articles and field definitions (and the catalog file version)',
      tags: ['catalogs'],
      responses: { 200: CatalogsAnswer },
      handler: async () => ({ body: { version: catalogs.version, catalogs: catalogs.catalogs } }),
    }),
    defineRoute({
      method: 'get',
      path: '/catalogs/:catalogId',
      summary: 'One change catalog',
      tags: ['catalogs'],
      params: CatalogParams,
      responses: { 200: CatalogSchema },
      errors: ['NOT_FOUND'],
      handler: async ({ params }) => {
        const catalog = findCatalog(catalogs, params.catalogId);
        if (!catalog) throw notFound('catalog');
        return { body: catalog };
      },
    }),
  ];
}
