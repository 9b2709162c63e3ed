import { type Page, type Principal, notFound } from '@portal/platform';
import { markRead } from '../domain/inbox';
import type { Delivery } from '../store/deliveries';
import type { NotificationApp } from './context';

export type InboxItem = Delivery;

/** A page of the caller's inbox, newest first (a keyset page pushed down to the database). */
export async function inboxPage(
  app: NotificationApp,
  principal: Principal,
  query: { unreadOnly: boolean; cursor?: string; limit: number },
): Promise<Page<InboxItem>> {
  return app.deliveries.inbox(principal.userId, query);
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

/** Marks up to 500 unread items read per call (a bounded request); `remaining` says whether more are left. */
export async function markAllRead(app: NotificationApp, principal: Principal) {
  const now = app.clock.now();
  const unread = await app.deliveries.inbox(principal.userId, { unreadOnly: true, limit: 500 });
  let marked = 0;
  for (const item of unread.items) {
    const result = await app.deliveries.repo.mutate(item.id, (current) =>
      current && current.state.readAt === null && current.state.recipientUserId === principal.userId
        ? { state: { ...current.state, readAt: now }, events: [] }
        : null,
    );
    if (!result.skipped) marked++;
  }
  return { marked, remaining: await app.deliveries.unreadCount(principal.userId) };
}
