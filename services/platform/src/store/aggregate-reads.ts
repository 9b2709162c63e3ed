import type { Collection, Filter, FindOptions } from 'mongodb';
import { type AggregateDocument, shapedStateOf } from '../aggregates/aggregate-document';
import type { DocumentShape } from '../aggregates/document-shape';
import type { Page } from '../http/pagination';
import { keysetPage, type KeysetQuery } from './keyset';

/** The bookkeeping fields are never read: a list moves only the state over the wire (add `_id: 0` to drop the id). */
export const STATE_ONLY = { version: 0, outbox: 0, outboxPendingSince: 0, appliedEventIds: 0 } as const;

/** A filter over the state's fields (plus `_id`, the aggregate id). */
export type StateFilter<S> = Filter<S & { _id: string }>;

/**
 * Queries over one aggregate collection answering clean state (no `_id`, `version`, `outbox`…). For lists,
 * read models and look-ups by many ids; writes stay with the AggregateRepository. `kit.reads(name)` reads from the
 * read pool; `readsOf(repository)` from the write pool (read-your-writes right after a command).
 */
export class AggregateReads<S extends object> {
  constructor(
    readonly collection: Collection<AggregateDocument>,
    private readonly shape?: DocumentShape<S>,
  ) {}

  private stateOf(doc: unknown): S {
    return shapedStateOf(doc as AggregateDocument, this.shape);
  }

  async findOne(filter: StateFilter<S>): Promise<S | null> {
    const doc = await this.collection.findOne(filter as Filter<AggregateDocument>, { projection: STATE_ONLY });
    return doc ? this.stateOf(doc) : null;
  }

  /** Every match (bounded by `limit` when given); prefer `page` for anything a caller lists. */
  async find(filter: StateFilter<S>, options: Pick<FindOptions, 'sort' | 'limit'> = {}): Promise<S[]> {
    const docs = await this.collection
      .find(filter as Filter<AggregateDocument>, { ...options, projection: STATE_ONLY })
      .toArray();
    return docs.map((doc) => this.stateOf(doc));
  }

  /** The states of these aggregate ids in one query (ids that do not exist are absent from the map). */
  async getMany(ids: readonly string[]): Promise<Map<string, S>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const docs = await this.collection.find({ _id: { $in: unique } }, { projection: STATE_ONLY }).toArray();
    return new Map(docs.map((doc) => [doc._id, this.stateOf(doc)]));
  }

  /** One keyset page of states sorted by `key` or `sort` (default: the aggregate id); see `keysetPage`. */
  page(query: KeysetQuery<S & { _id: string }, S>): Promise<Page<S>> {
    return this.pageOf(query, (state) => state);
  }

  /** The same, each state shown as the list shows it (e.g. its view); `keep` sees what is shown. */
  pageOf<R>(query: KeysetQuery<S & { _id: string }, R>, show: (state: S) => R): Promise<Page<R>> {
    return keysetPage(
      this.collection,
      { ...query, projection: STATE_ONLY } as KeysetQuery<AggregateDocument, R>,
      (doc) => show(this.stateOf(doc)),
    );
  }
}

/** Reads over a repository's own collection (the write pool). */
export const readsOf = <S extends object>(repository: {
  collection: Collection<AggregateDocument>;
  shape?: DocumentShape<S>;
}) => new AggregateReads<S>(repository.collection, repository.shape);
