import { type RouteDefinition, defineRoute, z } from '@portal/platform';
import type { NotificationApp } from '../app/context';
import { preferencesOf, replaceOptOuts } from '../app/preferences';
import { PreferencesView } from './views';

/** The caller's notification preferences. */
export function preferenceRoutes(app: NotificationApp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/me/notification-preferences',
      summary: 'Every notification category, whether it is mandatory and whether the caller receives it',
      tags: ['preferences'],
      responses: { 200: PreferencesView },
      auth: 'user',
      handler: async ({ principal }) => ({ body: await preferencesOf(app, principal) }),
    }),
    defineRoute({
      method: 'put',
      path: '/me/notification-preferences',
      summary: 'Replace the optional categories the caller opts out of (mandatory ones cannot be)',
      tags: ['preferences'],
      body: z.object({ optedOut: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)).max(50) }).strict(),
      responses: { 200: PreferencesView },
      errors: ['CATEGORY_UNKNOWN', 'CATEGORY_MANDATORY', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async ({ body, principal }) => ({ body: await replaceOptOuts(app, principal, body.optedOut) }),
    }),
  ];
}
