import { type RouteDefinition, defineRoute, z } from '@portal/platform';
import { bannersShowing } from '../app/banners';
import type { NotificationApp } from '../app/context';
import { BannerView, accountId } from './views';

/** Banners of an account. */
export function bannerRoutes(app: NotificationApp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/banners',
      summary:
        'Banners showing now on an account, for the caller (audience roles; the reseller of record sees all), in the caller’s locale',
      tags: ['banners'],
      params: z.object({ accountId }),
      responses: { 200: z.object({ items: z.array(BannerView) }) },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async ({ params, principal }) => ({
        body: { items: await bannersShowing(app, principal, params.accountId) },
      }),
    }),
  ];
}
