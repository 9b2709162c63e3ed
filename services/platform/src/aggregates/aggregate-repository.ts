import type { Collection } from 'mongodb';
import type { AnyEnvelope, EventCodec, EventType } from '@portal/contracts';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import { KeyLock } from '../kafka/key-lock';
import { EventFactory } from '../messaging/event-factory';
import { toOutboxEntry } from '../outbox/outbox-entry';
import { SpanKind, withSpan } from '../telemetry/tracing';
import { AggregateDocument, documentLockKey, shapedStateOf, Stored, toStored } from './aggregate-document';
import { type Decision, unchanged } from './decision';
import { DocumentStore } from './document-store';
import { asStored, type DocumentShape } from './document-shape';
import { createOnce, type OnExists } from '../store/create-once';

export * from './aggregate-document';
export * from './document-shape';

const MAX_CONFLICT_RETRIES = 20;

export interface Change<S> {
  state: S;
  events: AnyEnvelope[];
}

export interface MutateResult<S> extends Stored<S> {
  events: AnyEnvelope[];
  skipped: boolean;
}

/**
 * Writes to one aggregate document are serialized inside the process, the relay's clearing and batches included.
 * MongoDB makes a version-checked update atomic by itself; FerretDB 1.x checks the filter and writes in two steps,
 * so two in-process writers could both "win" (a lost update). The lock closes that gap for a single replica per
 * service; several replicas need a server whose conditional updates are atomic (MongoDB).
 */
export const documentLocks = new KeyLock();

/**
 * One document per aggregate: the state at top level, plus the events it caused waiting in `outbox`. A state
 * change and its events are one single-document write guarded by `version`, so no event exists for a change that
 * was not stored and none is lost (the relay publishes them later). No multi-document transaction needed.
 * Kafka handlers do not call it one event at a time: they declare `DecisionEntry`s and the consumer batches them.
 */
export class AggregateRepository<S extends object> {
  constructor(
    readonly collection: Collection<AggregateDocument>,
    readonly codec: EventCodec,
    readonly clock: Clock,
    readonly store: DocumentStore = new DocumentStore(),
    /**
     * How edge reads find a document and turn it into its state (the service kit: the read pool through its cache,
     * which keeps the state unpacked, http/edge-reads).
     */
    private readonly reader: (
      id: string,
      toState: (doc: AggregateDocument) => Stored<S>,
    ) => Promise<Stored<S> | null> = (id, toState) =>
      collection.findOne({ _id: id }).then((doc) => doc && toState(doc)),
    /** How the state is laid out in the document (default: its fields at top level). */
    readonly shape: DocumentShape<S> = asStored as DocumentShape<S>,
  ) {}

  /** The document's version and state (one function per repository, so a cache can keep what it made). */
  private readonly toState = (doc: AggregateDocument): Stored<S> => toStored<S>(doc, this.shape);

  /** The state a stored document (or a projection of one) holds. */
  stateOf(doc: object): S {
    return shapedStateOf(doc, this.shape);
  }

  /** The document fields the state is stored as. */
  fieldsOf(state: S): object {
    return this.shape.toFields(state);
  }

  async get(id: string): Promise<Stored<S> | null> {
    const doc = await this.collection.findOne({ _id: id });
    return doc ? toStored<S>(doc, this.shape) : null;
  }

  /**
   * For what a route answers (not for deciding: `decide`/`mutate` read under the document lock): by `_id`, from
   * the edge's cache, fresh after every write of this process, at most a few seconds behind other replicas.
   */
  read(id: string): Promise<Stored<S> | null> {
    return this.reader(id, this.toState);
  }

  async create(id: string, state: S, events: AnyEnvelope[]): Promise<Stored<S>> {
    const entries = events.map((e) => toOutboxEntry(e, this.codec));
    const after = this.store.next(this.collection, id, null, this.fieldsOf(state), entries, [], this.clock.now());
    const rejected = await documentLocks.run(documentLockKey(this.collection, id), () =>
      this.store.write([{ collection: this.collection, before: null, after }]),
    );
    if (rejected.length > 0) throw new DomainError('ALREADY_EXISTS', `${id} already exists`, { status: 409 });
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

  /**
   * `mutate` for a domain decision (routes, jobs): the decision's events are wrapped in envelopes for this aggregate,
   * their account being the state's `accountId` unless `accountId` says otherwise. Kafka handlers declare
   * `DecisionEntry`s instead, which the consumer batches.
   */
  async decide(
    id: string,
    decide: (current: S | null) => Decision<S>,
    options: { appliedEventId?: string; accountId?: (state: S) => string } = {},
  ): Promise<MutateResult<S>> {
    return this.mutate(
      id,
      (current) => {
        const state = current?.state ?? null;
        const decision = decide(state);
        if (!decision || unchanged(decision, state)) return null;
        return { state: decision.state, events: this.envelopes(id, decision, options.accountId) };
      },
      options,
    );
  }

  /**
   * `create` for a domain decision that starts an aggregate. When it exists: `onExists: 'fail'` (default) throws
   * 409 ALREADY_EXISTS; `'keep'` writes nothing (no events) and answers the stored aggregate with `created: false`.
   */
  async createDecided(
    id: string,
    decision: NonNullable<Decision<S>>,
    options: { accountId?: (state: S) => string; onExists?: OnExists } = {},
  ): Promise<Stored<S> & { created: boolean }> {
    const create = () => this.create(id, decision.state, this.envelopes(id, decision, options.accountId));
    return createOnce(create, () => this.get(id), options.onExists);
  }

  /** The decision's events as envelopes of this aggregate (correlation, cause and actor from the current context). */
  private envelopes(id: string, decision: NonNullable<Decision<S>>, accountOf?: (state: S) => string): AnyEnvelope[] {
    const accountId = accountOf?.(decision.state) ?? String((decision.state as { accountId?: unknown }).accountId);
    const factory = new EventFactory(this.clock);
    return decision.events.map(
      (e) => factory.create(e.type as EventType, { aggregateId: id, accountId, payload: e.payload as never }) as never,
    );
  }

  private async mutateWithRetries(
    id: string,
    decide: (current: Stored<S> | null) => Change<S> | null,
    options: { appliedEventId?: string },
  ): Promise<MutateResult<S>> {
    for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      const doc = (await this.store.load(this.collection, [id])).get(id) ?? null;
      const current = doc ? toStored<S>(doc, this.shape) : null;
      if (doc && options.appliedEventId && doc.appliedEventIds?.includes(options.appliedEventId)) {
        return { ...current!, events: [], skipped: true };
      }
      const change = decide(current);
      if (!change)
        return current
          ? { ...current, events: [], skipped: true }
          : { id, version: 0, state: undefined as unknown as S, events: [], skipped: true };
      const entries = change.events.map((e) => toOutboxEntry(e, this.codec));
      const applied = options.appliedEventId ? [options.appliedEventId] : [];
      const after = this.store.next(
        this.collection,
        id,
        doc,
        this.fieldsOf(change.state),
        entries,
        applied,
        this.clock.now(),
      );
      const rejected = await this.store.write([{ collection: this.collection, before: doc, after }]);
      if (rejected.length === 0)
        return { id, version: after.version, state: change.state, events: change.events, skipped: false };
    }
    throw new Error(`aggregate ${id}: too many concurrent writers`);
  }
}
