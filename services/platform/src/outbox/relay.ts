import { randomUUID } from 'node:crypto';
import { SpanKind, trace } from '@opentelemetry/api';
import type { Collection } from 'mongodb';
import {
  AggregateDocument,
  compareAndSet,
  documentLockKey,
  documentLocks,
  WriteFilters,
} from '../aggregates/aggregate-repository';
import type { Clock } from '../clock';
import { eventHeaders, MessageProducer, OutgoingMessage } from '../kafka/producer';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { contextFromHeaders, currentTraceHeaders, tracer } from '../telemetry/tracing';
import { asBuffer } from './bytes';
import type { OutboxEntry } from './outbox-entry';

const BATCH_DOCUMENTS = 200;
const MAX_NOTIFIED_PER_FLUSH = 500;
const LEASE_MS = 10_000;

interface Lease {
  _id: string;
  owner: string;
  until: Date;
}

/**
 * Publishes the events waiting in aggregate documents, in order per aggregate, then clears them with a version
 * check (a writer that appended meanwhile keeps its new events). Repositories name each document they wrote, so
 * the relay reads just those by _id (a failed publish puts them back on the list). A sweep at start, and every
 * ten minutes for what another replica's notes missed, scans for whatever a crash left behind: on FerretDB a
 * filter on anything but _id decodes every document. One replica at a time holds the relay lease.
 */
export class OutboxRelay {
  private readonly owner = randomUUID();
  private readonly notified = new Map<string, Set<string>>();
  private sweepTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private sweepDue = true;
  private stopped = false;
  /** Until when this replica holds the relay lease (wall clock, ms); renewed once half of it is spent. */
  private leaseUntil = 0;

  constructor(
    private readonly options: {
      collections: () => Map<string, Collection<AggregateDocument>>;
      leases: Collection<Lease>;
      producer: MessageProducer;
      topicPrefix: string;
      clock: Clock;
      logger: Logger;
      metrics: Metrics;
      sweepMs?: number;
      filters?: WriteFilters;
    },
  ) {}

  private get filters(): WriteFilters {
    return this.options.filters ?? compareAndSet;
  }

  start(): void {
    this.nudge();
    this.sweepTimer = setInterval(
      () => {
        this.sweepDue = true;
        this.nudge();
      },
      this.options.sweepMs ?? 10 * 60_000,
    );
  }

  /** A repository stored events in this document: publish them soon. */
  notify(collectionName: string, id: string): void {
    if (!this.notified.has(collectionName)) this.notified.set(collectionName, new Set());
    this.notified.get(collectionName)!.add(id);
    this.nudge();
  }

  /** Flush soon; calls while a flush runs coalesce into one more flush. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.flush()
      .catch((error) => this.options.logger.error({ err: error }, 'outbox relay flush failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /**
   * Graceful shutdown: no new flush starts, the one in flight finishes, a last sweep publishes what is still
   * waiting, and the lease is released so a restarted replica publishes at once. Nothing may be in flight when the
   * database connection closes (an interrupted cursor can wedge FerretDB).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweepTimer);
    while (this.running) await this.running;
    this.sweepDue = true;
    await this.flush().catch((error) => this.options.logger.error({ err: error }, 'final outbox flush failed'));
    this.leaseUntil = 0;
    await this.options.leases.deleteOne({ _id: 'outbox-relay', owner: this.owner }).catch(() => undefined);
  }

  /** Publishes the notified documents; on a sweep, also every document still holding events. */
  async flush(): Promise<void> {
    if (!(await this.holdLease())) return;
    for (const [name, collection] of this.options.collections()) {
      const ids = [...(this.notified.get(name) ?? [])].slice(0, MAX_NOTIFIED_PER_FLUSH);
      for (const id of ids) this.notified.get(name)!.delete(id);
      if (this.notified.get(name)?.size) this.again = true;
      try {
        const docs: AggregateDocument[] = [];
        for (const id of ids) {
          const doc = await collection.findOne({ _id: id });
          if (doc?.outbox?.length) docs.push(doc);
        }
        await this.publishAndClear(collection, docs);
      } catch (error) {
        for (const id of ids) this.notified.get(name)!.add(id);
        throw error;
      }
    }
    if (this.sweepDue) await this.sweep();
  }

  private async sweep(): Promise<void> {
    this.sweepDue = false;
    for (const collection of this.options.collections().values()) {
      for (;;) {
        // One batch, so no server-side cursor stays open between calls.
        const docs = await collection
          .find({ outboxPendingSince: { $ne: null } })
          .limit(BATCH_DOCUMENTS)
          .batchSize(BATCH_DOCUMENTS)
          .toArray();
        await this.publishAndClear(collection, docs);
        if (docs.length < BATCH_DOCUMENTS) break;
      }
    }
  }

  private async publishAndClear(collection: Collection<AggregateDocument>, docs: AggregateDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const pending = docs.filter((d) => d.outbox?.length > 0);
    if (pending.length > 0) await this.publish(pending);
    await this.clear(collection, docs);
  }

  private async publish(docs: AggregateDocument[]): Promise<void> {
    const spans = [];
    const messages: OutgoingMessage[] = [];
    for (const doc of docs) {
      for (const entry of doc.outbox) {
        // Publish inside the context stored with the event, so the trace runs on from the request or message.
        const parent = contextFromHeaders(entry.trace);
        const span = tracer().startSpan(
          `${entry.topic} publish`,
          {
            kind: SpanKind.PRODUCER,
            attributes: {
              'messaging.system': 'kafka',
              'messaging.destination.name': entry.topic,
              'event.type': entry.eventType,
              'event.id': entry.eventId,
            },
          },
          parent,
        );
        spans.push(span);
        messages.push({
          topic: this.options.topicPrefix + entry.topic,
          key: entry.key,
          value: asBuffer(entry.value)!,
          headers: eventHeaders(entry.eventType, currentTraceHeaders(trace.setSpan(parent, span))),
        });
      }
    }
    try {
      await this.options.producer.send(messages);
    } finally {
      for (const span of spans) span.end();
    }
    for (const m of messages)
      this.options.metrics.eventsPublished.inc({ topic: m.topic.slice(this.options.topicPrefix.length) });
  }

  /**
   * Under each document's lock, re-reads it and keeps only the events appended after what was just published. (No
   * multi-statement update command: FerretDB 1.24 deadlocks on one with 100+ statements.)
   */
  private async clear(collection: Collection<AggregateDocument>, docs: AggregateDocument[]): Promise<void> {
    for (const doc of docs) {
      const published = new Set((doc.outbox ?? []).map((e) => e.eventId));
      await documentLocks.run(documentLockKey(collection, doc._id), () =>
        this.removePublished(collection, doc._id, published),
      );
    }
  }

  private async removePublished(
    collection: Collection<AggregateDocument>,
    id: string,
    published: Set<string>,
  ): Promise<void> {
    for (;;) {
      const doc = await collection.findOne({ _id: id });
      if (!doc) return;
      const remaining: OutboxEntry[] = (doc.outbox ?? []).filter((e) => !published.has(e.eventId));
      const pendingSince = remaining.length > 0 ? (doc.outboxPendingSince ?? this.options.clock.now()) : null;
      if (remaining.length === (doc.outbox ?? []).length && doc.outboxPendingSince === pendingSince) return;
      const result = await collection.updateOne(this.filters.atVersion(id, doc.version), {
        $set: { outbox: remaining, outboxPendingSince: pendingSince },
      });
      if (result.matchedCount === 1) return; // else another process wrote it meanwhile (MongoDB): read again
    }
  }

  /** Takes or renews the lease; a flush after nearly every write must not cost a write of its own. */
  private async holdLease(): Promise<boolean> {
    const now = new Date();
    if (this.leaseUntil - now.getTime() > LEASE_MS / 2) return true;
    try {
      await this.options.leases.findOneAndUpdate(
        { _id: 'outbox-relay', $or: [{ owner: this.owner }, { until: { $lt: now } }] },
        { $set: { owner: this.owner, until: new Date(now.getTime() + LEASE_MS) } },
        { upsert: true },
      );
      this.leaseUntil = now.getTime() + LEASE_MS;
      return true;
    } catch (error) {
      this.leaseUntil = 0;
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }
}
