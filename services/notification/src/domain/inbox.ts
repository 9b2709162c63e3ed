import { notFound } from '@portal/platform/src/errors';

/** One inbox item: an inbox delivery to one user. */
export interface InboxItem {
  id: string;
  userId: string;
  accountId: string;
  eventType: string;
  category: string;
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

/** Only the owner sees an item; anyone else gets 404 (never 403), so ids cannot be probed. */
export function assertOwner(item: Pick<InboxItem, 'userId'> | null | undefined, userId: string): asserts item {
  if (!item || item.userId !== userId) throw notFound('inbox item');
}

/** Marking read is idempotent: the first read time stays. */
export function markRead<T extends Pick<InboxItem, 'userId' | 'readAt'>>(item: T, userId: string, now: Date): T {
  assertOwner(item, userId);
  return item.readAt ? item : { ...item, readAt: now };
}

export const isUnread = (item: Pick<InboxItem, 'readAt'>) => item.readAt === null;
