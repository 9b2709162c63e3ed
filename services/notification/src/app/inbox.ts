import { type Page, type Principal, notFound, page } from '@portal/platform';
import { markRead } from '../domain/inbox';
import type { DeliveryState } from '../store/deliveries';
import type { NotificationApp } from './context';

export type InboxItem = DeliveryState & { id: string };

/**
 * A page of the caller's inbox, newest first. Keyset on the deliveries' unique `sortKey`: the store reads
 * limit + 1 after the cursor, sorted by its index.
 */
export async function inboxPage(
  app: NotificationApp,
  principal: Principal,
  query: { unreadOnly: boolean; after?: string; limit: number },
): Promise<Page<InboxItem>> {
  const rows = await app.deliveries.inbox(principal.userId, query);
  const { items, nextCursor } = page(rows, { limit: query.limit, key: (row) => row.sortKey });
  return { items: items.map(({ _id, ...item }) => ({ ...item, id: _id })), nextCursor };
}

/** One of the caller's inbox items; another user's (or an e-mail) answers 404, so ids cannot be probed. */
export async function inboxItem(app: NotificationApp, principal: Principal, itemId: string): Promise<InboxItem> {
  const item = await app.deliveries.get(itemId);
  if (!item || item.channel !== 'inbox' || item.recipientUserId !== principal.userId) throw notFound('inbox item');
  return item;
}

/** Marks one item read; idempotent (the first read time stays). */
export async function markItemRead(app: NotificationApp, principal: Principal, itemId: string): Promise<InboxItem> {
  const result = await app.deliveries.repo.mutate(itemId, (current) => {
    if (!current || current.state.channel !== 'inbox') throw notFound('inbox item');
    const owned = { ...current.state, userId: current.state.recipientUserId };
    const read = markRead(owned, principal.userId, app.clock.now());
    if (read === owned) return null;
    return { state: { ...current.state, readAt: read.readAt }, events: [] };
  });
  return result.skipped ? (await app.deliveries.get(itemId))! : { ...result.state, id: itemId };
}

/** Marks up to 499 unread items read per call (a bounded request); `remaining` says whether more are left. */
export async function markAllRead(app: NotificationApp, principal: Principal) {
  const now = app.clock.now();
  const unread = await app.deliveries.inbox(principal.userId, { unreadOnly: true, limit: 499 });
  let marked = 0;
  for (const doc of unread) {
    const result = await app.deliveries.repo.mutate(doc._id, (current) =>
      current && current.state.readAt === null && current.state.recipientUserId === principal.userId
        ? { state: { ...current.state, readAt: now }, events: [] }
        : null,
    );
    if (!result.skipped) marked++;
  }
  return { marked, remaining: await app.deliveries.unreadCount(principal.userId) };
}
