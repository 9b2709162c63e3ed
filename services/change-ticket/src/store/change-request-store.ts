import { type AggregateRepository, type Page, readsOf } from '@portal/platform';
import type { MonthlyChangeUsage } from '../domain/free-changes-left';
import { OPEN_STATUSES } from '../domain/status-machine';
import type { ChangeRequest, ChangeRequestStatus, Money } from '../domain/types';

/** The change request aggregates (state at top level, outbox beside it): the source of truth. */
export class ChangeRequestStore {
  constructor(readonly repository: AggregateRepository<ChangeRequest>) {}

  async ensureIndexes(): Promise<void> {
    await this.repository.collection.createIndex({ elementId: 1, status: 1 });
  }

  async get(id: string): Promise<ChangeRequest | null> {
    return (await this.repository.get(id))?.state ?? null;
  }

  /** Confirmed, not closed requests on an element (authoritative, not the eventually consistent list). */
  async openOnElement(elementId: string): Promise<string[]> {
    const docs = await this.repository.collection
      .find({ elementId, status: { $in: [...OPEN_STATUSES] } }, { projection: { _id: 1 } })
      .toArray();
    return docs.map((d) => d._id);
  }
}

/** Which requests used a change of a contract in a month: one small aggregate per (contract, month). */
export class UsageStore {
  constructor(readonly repository: AggregateRepository<MonthlyChangeUsage>) {}

  static idOf(allowanceKey: string, month: string) {
    return `${allowanceKey}|${month}`;
  }

  async get(allowanceKey: string, month: string): Promise<MonthlyChangeUsage | null> {
    return (await this.repository.get(UsageStore.idOf(allowanceKey, month)))?.state ?? null;
  }
}

/** One line of the request lists: a read model kept up to date from change.events.v1 (event-driven). */
export interface ChangeRequestView {
  id: string;
  accountId: string;
  perimeterId: string;
  elementId: string;
  elementName: string;
  catalogId: string | null;
  categoryId: string | null;
  articleId: string | null;
  articleName: string | null;
  reference: string | null;
  status: ChangeRequestStatus;
  billable: boolean | null;
  quote: { quoteId: string; amount: Money; validUntil: Date } | null;
  requestedBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  /** Newest first, then by id: a unique string key for cursors. */
  sortKey: string;
}

export const sortKeyOf = (createdAt: Date, id: string) =>
  `${String(9_999_999_999_999 - createdAt.getTime()).padStart(13, '0')}|${id}`;

export class ChangeRequestViews {
  constructor(readonly repository: AggregateRepository<ChangeRequestView>) {}

  async ensureIndexes(): Promise<void> {
    await this.repository.collection.createIndex({ perimeterId: 1, status: 1, sortKey: 1 });
    await this.repository.collection.createIndex({ sortKey: 1 }, { unique: true }); // the operators' queue
  }

  /** A keyset page of the lists, newest first: sorted by the unique, indexed `sortKey` in the database. */
  async page(filter: {
    /** Absent: every perimeter (operators' work queue). */
    perimeterId?: string;
    statuses?: readonly ChangeRequestStatus[];
    elementId?: string;
    cursor?: string;
    limit: number;
  }): Promise<Page<ChangeRequestView>> {
    const query: Record<string, unknown> = filter.perimeterId ? { perimeterId: filter.perimeterId } : {};
    if (filter.statuses) query.status = { $in: [...filter.statuses] };
    if (filter.elementId) query.elementId = filter.elementId;
    return readsOf<ChangeRequestView>(this.repository).page({
      filter: query,
      key: 'sortKey',
      limit: filter.limit,
      cursor: filter.cursor,
    });
  }
}
