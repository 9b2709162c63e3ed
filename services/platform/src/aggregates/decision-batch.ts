import { Context, context, Span, SpanStatusCode, trace } from '@opentelemetry/api';
import type { AnyEnvelope, EventCodec, EventType } from '@portal/contracts';
import type { Clock } from '../clock';
import { runWithCorrelation } from '../messaging/correlation';
import type { EventFactory } from '../messaging/event-factory';
import { OutboxEntry, toOutboxEntry } from '../outbox/outbox-entry';
import { TimeSlice } from '../runtime/time-slice';
import { SpanKind, tracer } from '../telemetry/tracing';
import { AggregateDocument, documentLockKey } from './aggregate-document';
import { documentLocks } from './aggregate-repository';
import { type DecisionEntry, unchanged } from './decision';
import type { DocumentStore, DocumentWrite } from './document-store';

/** A message whose event the declarative entries decide on; `key` orders it, `context` is its consume span. */
export interface DecisionMessage {
  event: AnyEnvelope;
  entries: DecisionEntry[];
  key: string;
  context: Context;
}

export interface EntryOutcome {
  entry: DecisionEntry;
  id: string;
  state: object | null;
  changed: boolean;
}

export interface BatchOutcome {
  /** Stored (or nothing to do), in order, with what each entry decided. */
  applied: Array<{ message: DecisionMessage; outcomes: EntryOutcome[] }>;
  /** A decision threw: nothing of the message was written. */
  failed: Array<{ message: DecisionMessage; error: Error }>;
  /** Later messages of a failed message's key: not decided, so per-key order holds. */
  behindFailed: DecisionMessage[];
}

interface Working {
  entry: DecisionEntry;
  id: string;
  lockKey: string;
  base: AggregateDocument | null;
  state: object | null;
  applied: Set<string>;
  appliedIds: string[];
  entries: OutboxEntry[];
  spans: Span[];
  /** Neither cached nor read: decided as if it did not exist (an insert that fails if it does). */
  assumedAbsent: boolean;
}

const MAX_ROUNDS = 5;

/**
 * The unit of work of a Kafka batch: loads every aggregate its messages touch (cache first, then by `_id`), runs
 * the pure decisions in message order in memory, writes every changed aggregate once (state, outbox entries and
 * applied event ids in the same document), then runs the entries' follow-ups. A decision that throws fails only its
 * message (and holds back the later messages of its key); the rest of the batch is stored.
 */
export class DecisionBatch {
  constructor(private readonly deps: { store: DocumentStore; events: EventFactory; codec: EventCodec; clock: Clock }) {}

  async apply(messages: DecisionMessage[]): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { applied: [], failed: [], behindFailed: [] };
    const lockKeys: string[] = [];
    const ready: DecisionMessage[] = [];
    for (const message of messages) {
      try {
        for (const entry of message.entries) {
          const id = entry.id(message.event as never);
          if (id !== null) lockKeys.push(documentLockKey(entry.aggregate.collection, id));
        }
        ready.push(message);
      } catch (error) {
        outcome.failed.push({ message, error: error as Error });
      }
    }
    const decided = await documentLocks.runAll(lockKeys, () => this.rounds(ready, outcome));
    for (const { message, outcomes } of decided) {
      try {
        await context.with(message.context, () => this.followUps(message, outcomes));
        outcome.applied.push({ message, outcomes });
      } catch (error) {
        outcome.failed.push({ message, error: error as Error });
      }
    }
    return outcome;
  }

  /** Decide and write; the messages whose aggregates lost a write (existed after all, or changed) go again. */
  private async rounds(messages: DecisionMessage[], outcome: BatchOutcome) {
    const done = new Map<DecisionMessage, EntryOutcome[]>();
    const reload = new Map<string, { entry: DecisionEntry; id: string }>();
    let pending = messages;
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_ROUNDS) {
        for (const message of pending)
          outcome.failed.push({ message, error: new Error('aggregate: too many concurrent writers') });
        break;
      }
      const pass = await this.decideAndLoad(pending, reload);
      outcome.failed.push(...pass.failed);
      outcome.behindFailed.push(...pass.behindFailed);
      const writes = [...pass.working.values()].filter((w) => w.appliedIds.length > 0);
      const lost = await this.write(writes);
      reload.clear();
      for (const w of writes) if (lost.has(w.lockKey)) reload.set(w.lockKey, { entry: w.entry, id: w.id });
      const again = pending.filter((m) =>
        pass.outcomes.get(m)?.some((o) => lost.has(documentLockKey(o.entry.aggregate.collection, o.id))),
      );
      for (const [message, outcomes] of pass.outcomes) if (!again.includes(message)) done.set(message, outcomes);
      pending = again;
    }
    return messages.filter((m) => done.has(m)).map((m) => ({ message: m, outcomes: done.get(m)! }));
  }

  /**
   * A pass assuming absent what is neither cached nor to be reloaded; aggregates it could not create from nothing
   * are read by `_id`, then all is decided again (decisions are pure, so a pass costs no I/O).
   */
  private async decideAndLoad(messages: DecisionMessage[], reload: Map<string, { entry: DecisionEntry; id: string }>) {
    const known = new Map<string, AggregateDocument | null>();
    const read = async (targets: Iterable<{ entry: DecisionEntry; id: string }>) => {
      for (const { entry, id } of targets) {
        const loaded = await this.deps.store.load(entry.aggregate.collection, [id]);
        known.set(documentLockKey(entry.aggregate.collection, id), loaded.get(id) ?? null);
      }
    };
    await read(reload.values());
    let pass = await this.decide(messages, known);
    // Touched (by any message, failed ones too) without being created from nothing: it may exist, so read it.
    const unknown = [...pass.touched.values()].filter(
      (w) => w.assumedAbsent && !pass.working.get(w.lockKey)?.appliedIds.length,
    );
    if (unknown.length > 0) {
      for (const w of pass.working.values()) endSpans(w.spans);
      await read(unknown);
      pass = await this.decide(messages, known);
    }
    return pass;
  }

  /** In time slices: a batch's decisions take long enough to hold up the edge's reads otherwise. */
  private async decide(messages: DecisionMessage[], known: Map<string, AggregateDocument | null>) {
    const slice = TimeSlice.ingestion();
    const working = new Map<string, Working>();
    const touched = new Map<string, Working>();
    const outcomes = new Map<DecisionMessage, EntryOutcome[]>();
    const failed: BatchOutcome['failed'] = [];
    const behindFailed: DecisionMessage[] = [];
    const failedKeys = new Set<string>();
    for (const message of messages) {
      if (slice.spent()) await slice.pause();
      if (failedKeys.has(message.key)) {
        behindFailed.push(message);
        continue;
      }
      const staged = new Map<string, Working>();
      const current = (key: string, entry: DecisionEntry, id: string) => {
        const w = staged.get(key) ?? working.get(key) ?? this.initial(key, entry, id, known);
        if (!touched.has(key)) touched.set(key, w);
        return w;
      };
      try {
        const correlation = {
          correlationId: message.event.correlationId,
          causationId: message.event.eventId,
          actor: message.event.actor,
        };
        const results = context.with(message.context, () =>
          runWithCorrelation(correlation, () => this.decideMessage(message, current, staged)),
        );
        for (const [key, w] of staged) working.set(key, w);
        outcomes.set(message, results);
      } catch (error) {
        for (const w of staged.values()) endSpans(w.spans.slice(working.get(w.lockKey)?.spans.length ?? 0), error);
        failed.push({ message, error: error as Error });
        failedKeys.add(message.key);
      }
    }
    return { working, touched, outcomes, failed, behindFailed };
  }

  private decideMessage(
    message: DecisionMessage,
    current: (key: string, entry: DecisionEntry, id: string) => Working,
    staged: Map<string, Working>,
  ): EntryOutcome[] {
    const { event } = message;
    const results: EntryOutcome[] = [];
    for (const entry of message.entries) {
      const id = entry.id(event as never);
      if (id === null) continue;
      const key = documentLockKey(entry.aggregate.collection, id);
      const w = current(key, entry, id);
      const decision = w.applied.has(event.eventId) ? null : entry.decide(w.state, event as never);
      if (!decision || unchanged(decision, w.state)) {
        results.push({ entry, id, state: w.state, changed: false });
        continue;
      }
      const collection = entry.aggregate.collection.collectionName;
      const span = tracer().startSpan(
        `${collection} mutate`,
        {
          kind: SpanKind.CLIENT,
          attributes: { 'db.system': 'mongodb', 'db.collection.name': collection, 'db.operation.name': 'mutate' },
        },
        context.active(),
      );
      const accountId = entry.accountId
        ? entry.accountId(decision.state, event as never)
        : (((decision.state as { accountId?: unknown }).accountId as string | undefined) ?? event.accountId);
      const entries = context.with(trace.setSpan(context.active(), span), () =>
        decision.events.map((d) =>
          toOutboxEntry(
            this.deps.events.create(d.type as EventType, {
              aggregateId: id,
              accountId,
              payload: d.payload as never,
            }) as never,
            this.deps.codec,
          ),
        ),
      );
      staged.set(key, {
        ...w,
        state: decision.state,
        applied: new Set([...w.applied, event.eventId]),
        appliedIds: [...w.appliedIds, event.eventId],
        entries: [...w.entries, ...entries],
        spans: [...w.spans, span],
      });
      results.push({ entry, id, state: decision.state, changed: true });
    }
    return results;
  }

  private initial(
    lockKey: string,
    entry: DecisionEntry,
    id: string,
    known: Map<string, AggregateDocument | null>,
  ): Working {
    const cached = this.deps.store.cached(entry.aggregate.collection, id);
    const base = known.has(lockKey) ? known.get(lockKey)! : (cached ?? null);
    return {
      entry,
      id,
      lockKey,
      base,
      assumedAbsent: !known.has(lockKey) && !cached,
      state: base ? entry.aggregate.stateOf(base) : null,
      applied: new Set(base?.appliedEventIds ?? []),
      appliedIds: [],
      entries: [],
      spans: [],
    };
  }

  /** Writes the changed aggregates; answers the lock keys of those that lost. */
  private async write(changed: Working[]): Promise<Set<string>> {
    const now = this.deps.clock.now();
    const writes = await new TimeSlice().map(changed, (w) => ({
      collection: w.entry.aggregate.collection,
      before: w.base,
      after: this.deps.store.next(
        w.entry.aggregate.collection,
        w.id,
        w.base,
        w.entry.aggregate.fieldsOf(w.state!),
        w.entries,
        w.appliedIds,
        now,
      ),
    }));
    let rejected: DocumentWrite[];
    try {
      rejected = await this.deps.store.write(writes);
    } catch (error) {
      for (const w of changed) endSpans(w.spans, error);
      throw error;
    }
    const lost = new Set(rejected.map((r) => documentLockKey(r.collection, r.after._id)));
    for (const w of changed)
      endSpans(w.spans, lost.has(w.lockKey) ? new Error('write lost: decided again') : undefined);
    return lost;
  }

  private async followUps(message: DecisionMessage, outcomes: EntryOutcome[]) {
    for (const o of outcomes)
      await o.entry.after?.({ id: o.id, state: o.state, changed: o.changed }, message.event as never);
  }
}

function endSpans(spans: Span[], error?: unknown) {
  for (const span of spans) {
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    span.end();
  }
}
