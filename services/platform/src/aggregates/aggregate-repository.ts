import type { Collection, Document } from 'mongodb';
import type { AnyEnvelope, EventCodec } from '@portal/contracts';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import { KeyLock } from '../kafka/key-lock';
import { OutboxEntry, toOutboxEntry } from '../outbox/outbox-entry';
import { SpanKind, withSpan } from '../telemetry/tracing';

/** How many applied event ids an aggregate remembers for deduplication (an aggregate sees few events). */
const APPLIED_EVENTS_KEPT = 500;
const MAX_CONFLICT_RETRIES = 20;

export interface Stored<S> {
  id: string;
  version: number;
  state: S;
}

export interface Change<S> {
  state: S;
  events: AnyEnvelope[];
}

export interface MutateResult<S> extends Stored<S> {
  events: AnyEnvelope[];
  skipped: boolean;
}

export interface AggregateDocument {
  _id: string;
  version: number;
  outbox: OutboxEntry[];
  outboxPendingSince: Date | null;
  appliedEventIds: string[];
  [field: string]: unknown;
}

const RESERVED = ['_id', 'version', 'outbox', 'outboxPendingSince', 'appliedEventIds'];

/**
 * Writes to one aggregate document are serialized inside the process, the relay's clearing included. MongoDB makes
 * a version-checked update atomic by itself; FerretDB 1.x checks the filter and writes in two steps, so two
 * in-process writers could both "win" (a lost update). The lock closes that gap for a single replica per service;
 * several replicas need a server whose conditional updates are atomic (MongoDB).
 */
export const documentLocks = new KeyLock();

/**
 * The filter that writes an aggregate only at the version it was read: a compare-and-set on MongoDB. FerretDB 1.x
 * checks such a filter by scanning the whole collection (it looks up by index only a filter that is exactly
 * {_id}) and still is not atomic, so there the document lock alone guards the write and the filter is {_id}.
 */
export interface WriteFilters {
  atVersion(id: string, version: number): { _id: string; version?: number };
}

export const compareAndSet: WriteFilters = { atVersion: (id, version) => ({ _id: id, version }) };
export const lockedById: WriteFilters = { atVersion: (id) => ({ _id: id }) };
export const documentLockKey = (collection: Collection<AggregateDocument>, id: string) =>
  `${collection.dbName}/${collection.collectionName}/${id}`;

export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
}

/**
 * One document per aggregate: the state at top level, plus the events it caused waiting in `outbox`. A state
 * change and its events are one single-document write guarded by `version`, so no event exists for a change that
 * was not stored and none is lost (the relay publishes them later). No multi-document transaction needed.
 */
export class AggregateRepository<S extends object> {
  constructor(
    readonly collection: Collection<AggregateDocument>,
    private readonly codec: EventCodec,
    private readonly clock: Clock,
    private readonly onEventsStored: (id: string) => void = () => undefined,
    private readonly filters: WriteFilters = compareAndSet,
  ) {}

  async get(id: string): Promise<Stored<S> | null> {
    const doc = await this.collection.findOne({ _id: id });
    return doc ? toStored<S>(doc) : null;
  }

  async create(id: string, state: S, events: AnyEnvelope[]): Promise<Stored<S>> {
    try {
      await documentLocks.run(documentLockKey(this.collection, id), () =>
        this.collection.insertOne(this.newDocument(id, state, events, null)),
      );
    } catch (error) {
      if (isDuplicateKey(error)) throw new DomainError('ALREADY_EXISTS', `${id} already exists`, { status: 409 });
      throw error;
    }
    this.afterWrite(id, events);
    return { id, version: 1, state };
  }

  /**
   * Reads, decides, writes with a version check; retries when another writer got there first. With
   * `appliedEventId`, an event already applied to this aggregate is skipped without calling `decide`.
   */
  async mutate(
    id: string,
    decide: (current: Stored<S> | null) => Change<S> | null,
    options: { appliedEventId?: string } = {},
  ): Promise<MutateResult<S>> {
    const attributes = {
      'db.system': 'mongodb',
      'db.collection.name': this.collection.collectionName,
      'db.operation.name': 'mutate',
    };
    return withSpan(`${this.collection.collectionName} mutate`, { kind: SpanKind.CLIENT, attributes }, () =>
      documentLocks.run(documentLockKey(this.collection, id), () => this.mutateWithRetries(id, decide, options)),
    );
  }

  private async mutateWithRetries(
    id: string,
    decide: (current: Stored<S> | null) => Change<S> | null,
    options: { appliedEventId?: string },
  ): Promise<MutateResult<S>> {
    for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      const doc = await this.collection.findOne({ _id: id });
      const current = doc ? toStored<S>(doc) : null;
      if (doc && options.appliedEventId && doc.appliedEventIds?.includes(options.appliedEventId)) {
        return { ...current!, events: [], skipped: true };
      }
      const change = decide(current);
      if (!change)
        return current
          ? { ...current, events: [], skipped: true }
          : { id, version: 0, state: undefined as unknown as S, events: [], skipped: true };
      try {
        const version = doc
          ? await this.update(doc, change, options.appliedEventId ?? null)
          : await this.insert(id, change, options.appliedEventId ?? null);
        this.afterWrite(id, change.events);
        return { id, version, state: change.state, events: change.events, skipped: false };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
      }
    }
    throw new Error(`aggregate ${id}: too many concurrent writers`);
  }

  private async insert(id: string, change: Change<S>, appliedEventId: string | null): Promise<number> {
    try {
      await this.collection.insertOne(this.newDocument(id, change.state, change.events, appliedEventId));
      return 1;
    } catch (error) {
      if (isDuplicateKey(error)) throw new ConcurrencyConflict(id);
      throw error;
    }
  }

  private async update(doc: AggregateDocument, change: Change<S>, appliedEventId: string | null): Promise<number> {
    const entries = change.events.map((e) => toOutboxEntry(e, this.codec));
    const fields = stateFields(change.state);
    const set: Document = { ...fields, version: doc.version + 1 };
    if (entries.length > 0) set.outboxPendingSince = doc.outboxPendingSince ?? this.clock.now();
    const push: Document = {};
    if (entries.length > 0) push.outbox = { $each: entries };
    if (appliedEventId) push.appliedEventIds = { $each: [appliedEventId], $slice: -APPLIED_EVENTS_KEPT };
    const unset = Object.fromEntries(
      Object.keys(doc)
        .filter((k) => !RESERVED.includes(k) && !(k in fields))
        .map((k) => [k, '']),
    );
    const result = await this.collection.updateOne(this.filters.atVersion(doc._id, doc.version), {
      $set: set,
      ...(Object.keys(push).length ? { $push: push } : {}),
      ...(Object.keys(unset).length ? { $unset: unset } : {}),
    } as Document);
    if (result.matchedCount === 0) throw new ConcurrencyConflict(doc._id);
    return doc.version + 1;
  }

  private newDocument(id: string, state: S, events: AnyEnvelope[], appliedEventId: string | null): AggregateDocument {
    const outbox = events.map((e) => toOutboxEntry(e, this.codec));
    return {
      ...stateFields(state),
      _id: id,
      version: 1,
      outbox,
      outboxPendingSince: outbox.length > 0 ? this.clock.now() : null,
      appliedEventIds: appliedEventId ? [appliedEventId] : [],
    };
  }

  private afterWrite(id: string, events: AnyEnvelope[]) {
    if (events.length > 0) this.onEventsStored(id);
  }
}

function stateFields<S extends object>(state: S): Record<string, unknown> {
  const fields = { ...(state as Record<string, unknown>) };
  for (const reserved of RESERVED) {
    if (reserved in fields) throw new Error(`aggregate state may not use the reserved field ${reserved}`);
  }
  // undefined is not a value MongoDB stores; absent fields are unset by update().
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function toStored<S>(doc: AggregateDocument): Stored<S> {
  const { _id, version, outbox: _o, outboxPendingSince: _p, appliedEventIds: _a, ...state } = doc;
  return { id: _id, version, state: state as S };
}

export const isDuplicateKey = (error: unknown) => (error as { code?: number })?.code === 11000;
