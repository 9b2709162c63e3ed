import { type RouteDefinition, defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import type { NotificationApp } from '../app/context';
import { inboxItem, inboxPage, markAllRead, markItemRead } from '../app/inbox';
import { InboxItemView, id, inboxView } from './views';

/** The caller's in-portal notifications. */
export function inboxRoutes(app: NotificationApp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/inbox',
      summary: "The caller's in-portal notifications, newest first",
      tags: ['inbox'],
      query: pageQuery.extend({ unread: z.enum(['true', 'false']).optional() }).strict(),
      responses: { 200: pageSchema(InboxItemView) },
      auth: 'user',
      handler: async ({ query, principal }) => {
        const { items, nextCursor } = await inboxPage(app, principal, {
          unreadOnly: query.unread === 'true',
          cursor: query.cursor,
          limit: query.limit,
        });
        return { body: { items: items.map(inboxView), nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/inbox/unread-count',
      summary: "How many of the caller's inbox items are unread",
      tags: ['inbox'],
      responses: { 200: z.object({ unread: z.number().int() }) },
      auth: 'user',
      handler: async ({ principal }) => ({ body: { unread: await app.deliveries.unreadCount(principal.userId) } }),
    }),
    defineRoute({
      method: 'get',
      path: '/inbox/:itemId',
      summary: "One of the caller's inbox items (another user's answers 404)",
      tags: ['inbox'],
      params: z.object({ itemId: id }),
      responses: { 200: InboxItemView },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async ({ params, principal }) => ({ body: inboxView(await inboxItem(app, principal, params.itemId)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/inbox/:itemId/read',
      summary: 'Mark one of the caller’s inbox items read (idempotent: the first read time stays)',
      tags: ['inbox'],
      params: z.object({ itemId: id }),
      responses: { 200: InboxItemView },
      errors: ['NOT_FOUND'],
      auth: 'user',
      handler: async ({ params, principal }) => ({
        body: inboxView(await markItemRead(app, principal, params.itemId)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/inbox/read-all',
      summary:
        'Mark every unread inbox item of the caller read (up to 500 per call; `remaining` says if more are left)',
      tags: ['inbox'],
      responses: { 200: z.object({ marked: z.number().int(), remaining: z.number().int() }) },
      auth: 'user',
      handler: async ({ principal }) => ({ body: await markAllRead(app, principal) }),
    }),
  ];
}
