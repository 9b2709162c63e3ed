import { type AggregateDocument, type AggregateRepository, type Page, keysetPage, stateOf } from '@portal/platform';
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

/** A delivery with its id, as the lists and look-ups answer it (clean state, no bookkeeping fields). */
export type Delivery = DeliveryState & { id: string };
const deliveryOf = (doc: AggregateDocument): Delivery => ({ ...stateOf<DeliveryState>(doc), id: doc._id });

export class DeliveryStore {
  constructor(readonly repo: AggregateRepository<DeliveryState>) {}

  async ensureIndexes(): Promise<void> {
    await this.repo.collection.createIndex({ recipientUserId: 1, channel: 1, sortKey: 1 });
    await this.repo.collection.createIndex({ accountId: 1, sortKey: 1 });
  }

  async get(id: string): Promise<Delivery | null> {
    const stored = await this.repo.get(id);
    return stored ? { ...stored.state, id: stored.id } : null;
  }

  /** A keyset page of a user's inbox, newest first (sorted by the unique `sortKey` in the database). */
  async inbox(
    userId: string,
    options: { unreadOnly: boolean; cursor?: string; limit: number },
  ): Promise<Page<Delivery>> {
    const filter: Record<string, unknown> = { recipientUserId: userId, channel: 'inbox' };
    if (options.unreadOnly) filter.readAt = null;
    return keysetPage(
      this.repo.collection,
      { filter, key: 'sortKey', cursor: options.cursor, limit: options.limit },
      deliveryOf,
    );
  }

  async unreadCount(userId: string): Promise<number> {
    return this.repo.collection.countDocuments({ recipientUserId: userId, channel: 'inbox', readAt: null });
  }

  /** A keyset page of an account's deliveries (support view), newest first, optionally by status and channel. */
  async ofAccount(
    accountId: string,
    options: { status?: string; channel?: string; cursor?: string; limit: number },
  ): Promise<Page<Delivery>> {
    const filter: Record<string, unknown> = { accountId };
    if (options.status) filter.status = options.status;
    if (options.channel) filter.channel = options.channel;
    return keysetPage(
      this.repo.collection,
      { filter, key: 'sortKey', cursor: options.cursor, limit: options.limit },
      deliveryOf,
    );
  }
}
