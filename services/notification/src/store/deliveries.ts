import type { Collection } from 'mongodb';
import type { AggregateRepository } from '@portal/platform';
import type { AttemptState } from '../domain/deliveries';
import type { UserChannel } from '../domain/types';

/**
 * One document per (event, recipient, channel) in the `deliveries` collection (aggregate repository: state,
 * version, outbox). Inbox items are inbox deliveries; e-mails carry their attempt state.
 */
export interface DeliveryState extends AttemptState {
  channel: UserChannel;
  eventId: string;
  eventType: string;
  correlationId: string;
  accountId: string;
  ruleId: string;
  category: string;
  mandatory: boolean;
  templateId: string;
  locale: string;
  recipientUserId: string;
  recipientEmail: string;
  recipientName: string;
  content: { subject?: string; text?: string; html?: string; title?: string; body?: string };
  createdAt: Date;
  /** Inbox only. */
  readAt: Date | null;
  /** Newest first, unique: inverted creation time + id (pagination key). */
  sortKey: string;
}

export const sortKeyOf = (createdAt: Date, id: string) =>
  `${String(9_999_999_999_999 - createdAt.getTime()).padStart(13, '0')}|${id}`;

type Doc = DeliveryState & { _id: string };

export class DeliveryStore {
  readonly collection: Collection<Doc>;
  constructor(readonly repo: AggregateRepository<DeliveryState>) {
    this.collection = repo.collection as unknown as Collection<Doc>;
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ recipientUserId: 1, channel: 1, sortKey: 1 });
    await this.collection.createIndex({ accountId: 1, sortKey: 1 });
  }

  async get(id: string): Promise<(DeliveryState & { id: string }) | null> {
    const stored = await this.repo.get(id);
    return stored ? { ...stored.state, id: stored.id } : null;
  }

  /** A page of a user's inbox, newest first. */
  async inbox(userId: string, options: { unreadOnly: boolean; after?: string; limit: number }): Promise<Doc[]> {
    const filter: Record<string, unknown> = { recipientUserId: userId, channel: 'inbox' };
    if (options.unreadOnly) filter.readAt = null;
    if (options.after) filter.sortKey = { $gt: options.after };
    return this.collection
      .find(filter as never)
      .sort({ sortKey: 1 })
      .limit(options.limit + 1)
      .toArray();
  }

  async unreadCount(userId: string): Promise<number> {
    return this.collection.countDocuments({ recipientUserId: userId, channel: 'inbox', readAt: null } as never);
  }

  /** A page of an account's deliveries (support view), newest first, optionally by status and channel. */
  async ofAccount(accountId: string, options: { status?: string; channel?: string; after?: string; limit: number }) {
    const filter: Record<string, unknown> = { accountId };
    if (options.status) filter.status = options.status;
    if (options.channel) filter.channel = options.channel;
    if (options.after) filter.sortKey = { $gt: options.after };
    return this.collection
      .find(filter as never)
      .sort({ sortKey: 1 })
      .limit(options.limit + 1)
      .toArray();
  }
}
