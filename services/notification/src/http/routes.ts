import {
  decodeCursor,
  defineRoute,
  encodeCursor,
  hasRole,
  notFound,
  pageQuery,
  pageSchema,
  z,
  type AccessDirectory,
  type Clock,
  type RouteDefinition,
  actsForCustomer,
} from '@portal/platform';
import { bannerView, isActive, visibleTo } from '../domain/banners';
import { markRead } from '../domain/inbox';
import { preferencesView, setOptOuts } from '../domain/preferences';
import type { RuleTable } from '../domain/rule-table';
import type { BannerStore } from '../store/banners';
import type { DeliveryState, DeliveryStore } from '../store/deliveries';
import type { PreferencesStore } from '../store/preferences';

export interface RouteDeps {
  table: RuleTable;
  clock: Clock;
  deliveries: DeliveryStore;
  banners: BannerStore;
  preferences: PreferencesStore;
  /** The access projection: who resells an account (the reseller rule). */
  access: Pick<AccessDirectory, 'account'>;
}

const id = z.string().regex(/^[A-Za-z0-9._:|-]{1,128}$/);
const accountId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

const InboxItemView = z
  .object({
    id: z.string(),
    accountId: z.string(),
    eventType: z.string(),
    category: z.string(),
    title: z.string(),
    body: z.string(),
    locale: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('InboxItem');

const DeliveryView = z
  .object({
    id: z.string(),
    accountId: z.string(),
    channel: z.enum(['email', 'inbox']),
    eventId: z.string(),
    eventType: z.string(),
    ruleId: z.string(),
    category: z.string(),
    recipientUserId: z.string(),
    locale: z.string(),
    status: z.enum(['pending', 'sent', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    sentAt: z.string().nullable(),
    failedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Delivery');

const BannerView = z
  .object({
    key: z.string(),
    accountId: z.string(),
    category: z.string(),
    severity: z.enum(['info', 'warning', 'critical']),
    locale: z.string(),
    title: z.string(),
    body: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
  })
  .openapi('Banner');

const PreferencesView = z
  .object({
    userId: z.string(),
    categories: z.array(
      z.object({ id: z.string(), description: z.string(), mandatory: z.boolean(), enabled: z.boolean() }),
    ),
  })
  .openapi('NotificationPreferences');

const inboxView = (d: DeliveryState & { _id?: string; id?: string }) => ({
  id: (d._id ?? d.id)!,
  accountId: d.accountId,
  eventType: d.eventType,
  category: d.category,
  title: d.content.title ?? '',
  body: d.content.body ?? '',
  locale: d.locale,
  createdAt: iso(d.createdAt)!,
  readAt: iso(d.readAt),
});

const deliveryView = (d: DeliveryState & { _id?: string; id?: string }) => ({
  id: (d._id ?? d.id)!,
  accountId: d.accountId,
  channel: d.channel,
  eventId: d.eventId,
  eventType: d.eventType,
  ruleId: d.ruleId,
  category: d.category,
  recipientUserId: d.recipientUserId,
  locale: d.locale,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: iso(d.nextAttemptAt),
  lastError: d.lastError,
  sentAt: iso(d.sentAt),
  failedAt: iso(d.failedAt),
  createdAt: iso(d.createdAt)!,
});

/** A page from a query that fetched limit + 1 documents sorted by sortKey. */
function pageOf<D extends { sortKey: string }, V>(docs: D[], limit: number, view: (d: D) => V) {
  const items = docs.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(view), nextCursor: docs.length > limit && last ? encodeCursor(last.sortKey) : null };
}

export function notificationRoutes(deps: RouteDeps): RouteDefinition[] {
  const { deliveries, banners, preferences, table, clock } = deps;
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
        const docs = await deliveries.inbox(principal.userId, {
          unreadOnly: query.unread === 'true',
          after: decodeCursor(query.cursor),
          limit: query.limit,
        });
        return { body: pageOf(docs, query.limit, inboxView) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/inbox/unread-count',
      summary: "How many of the caller's inbox items are unread",
      tags: ['inbox'],
      responses: { 200: z.object({ unread: z.number().int() }) },
      auth: 'user',
      handler: async ({ principal }) => ({ body: { unread: await deliveries.unreadCount(principal.userId) } }),
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
      handler: async ({ params, principal }) => {
        const item = await deliveries.get(params.itemId);
        if (!item || item.channel !== 'inbox' || item.recipientUserId !== principal.userId)
          throw notFound('inbox item');
        return { body: inboxView(item) };
      },
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
      handler: async ({ params, principal }) => {
        const result = await deliveries.repo.mutate(params.itemId, (current) => {
          if (!current || current.state.channel !== 'inbox') throw notFound('inbox item');
          const owned = { ...current.state, userId: current.state.recipientUserId };
          const read = markRead(owned, principal.userId, clock.now());
          if (read === owned) return null;
          return { state: { ...current.state, readAt: read.readAt }, events: [] };
        });
        const item = result.skipped ? (await deliveries.get(params.itemId))! : { ...result.state, id: params.itemId };
        return { body: inboxView(item) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/inbox/read-all',
      summary:
        'Mark every unread inbox item of the caller read (up to 500 per call; `remaining` says if more are left)',
      tags: ['inbox'],
      responses: { 200: z.object({ marked: z.number().int(), remaining: z.number().int() }) },
      auth: 'user',
      handler: async ({ principal }) => {
        const now = clock.now();
        const unread = await deliveries.inbox(principal.userId, { unreadOnly: true, limit: 499 });
        let marked = 0;
        for (const doc of unread) {
          const result = await deliveries.repo.mutate(doc._id, (current) =>
            current && current.state.readAt === null && current.state.recipientUserId === principal.userId
              ? { state: { ...current.state, readAt: now }, events: [] }
              : null,
          );
          if (!result.skipped) marked++;
        }
        return { body: { marked, remaining: await deliveries.unreadCount(principal.userId) } };
      },
    }),
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
      handler: async ({ params, principal }) => {
        const account = await deps.access.account(params.accountId);
        const asReseller = account !== null && actsForCustomer(principal, account);
        if (!asReseller && !principal.grants.some((g) => g.accountId === params.accountId)) throw notFound('account');
        const now = clock.now();
        const items = (await banners.uncleared(params.accountId))
          .filter((b) => isActive(b, now) && visibleTo(b, principal.grants, asReseller))
          .map((b) => bannerView(b, principal.locale));
        return { body: { items } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/notification-preferences',
      summary: 'Every notification category, whether it is mandatory and whether the caller receives it',
      tags: ['preferences'],
      responses: { 200: PreferencesView },
      auth: 'user',
      handler: async ({ principal }) => ({
        body: preferencesView(table.categories, await preferences.get(principal.userId)),
      }),
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
      handler: async ({ body, principal }) => {
        const next = setOptOuts(table.categories, principal.userId, body.optedOut);
        await preferences.save(next, clock.now());
        return { body: preferencesView(table.categories, next) };
      },
    }),
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
        if (!hasRole(principal, params.accountId, 'site-admin')) throw notFound('account');
        const docs = await deliveries.ofAccount(params.accountId, {
          status: query.status,
          channel: query.channel,
          after: decodeCursor(query.cursor),
          limit: query.limit,
        });
        return { body: pageOf(docs, query.limit, deliveryView) };
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
      handler: async ({ params, principal }) => {
        const d = await deliveries.get(params.deliveryId);
        if (!d || (d.recipientUserId !== principal.userId && !hasRole(principal, d.accountId, 'site-admin')))
          throw notFound('delivery');
        return { body: deliveryView(d) };
      },
    }),
  ];
}
