import { randomUUID } from 'node:crypto';
import { SpanKind, trace } from '@opentelemetry/api';
import type { Collection } from 'mongodb';
import { AggregateDocument, documentLockKey, documentLocks } from '../aggregates/aggregate-repository';
import { withAllKeys } from '../kafka/key-lock';
import type { Clock } from '../clock';
import { eventHeaders, MessageProducer, OutgoingMessage } from '../kafka/producer';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { contextFromHeaders, currentTraceHeaders, tracer } from '../telemetry/tracing';
import { asBuffer } from './bytes';
import type { OutboxEntry } from './outbox-entry';

const BATCH_DOCUMENTS = 200;
const LEASE_MS = 10_000;
const CLEAR_STATEMENTS_PER_COMMAND = 20;

interface Lease {
  _id: string;
  owner: string;
  until: Date;
}

/**
 * Publishes the events waiting in aggregate documents, in order per aggregate, then clears them with a version
 * check (a writer that appended meanwhile keeps its new events). Nudged right after each write for latency and
 * swept periodically for whatever a crash left behind. One replica at a time holds the relay lease.
 */
export class OutboxRelay {
  private readonly owner = randomUUID();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly options: {
      collections: () => Collection<AggregateDocument>[];
      leases: Collection<Lease>;
      producer: MessageProducer;
      topicPrefix: string;
      clock: Clock;
      logger: Logger;
      metrics: Metrics;
      sweepMs?: number;
    },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.options.sweepMs ?? 1000);
  }

  /** Publish soon; calls while a flush runs coalesce into one more flush. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.flushAll()
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
   * Graceful shutdown: no new flush starts, the one in flight finishes, a last flush publishes what is still
   * waiting, and the lease is released so a restarted replica publishes at once. Nothing may be in flight when the
   * database connection closes (an interrupted cursor can wedge FerretDB).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    while (this.running) await this.running;
    await this.flushAll().catch((error) => this.options.logger.error({ err: error }, 'final outbox flush failed'));
    await this.options.leases.deleteOne({ _id: 'outbox-relay', owner: this.owner }).catch(() => undefined);
  }

  async flushAll(): Promise<void> {
    if (!(await this.holdLease())) return;
    let backlog = 0;
    for (const collection of this.options.collections()) {
      for (;;) {
        // One batch, so no server-side cursor stays open between calls.
        const docs = await collection.find({ outboxPendingSince: { $ne: null } }).limit(BATCH_DOCUMENTS).batchSize(BATCH_DOCUMENTS).toArray();
        const pending = docs.filter((d) => d.outbox?.length > 0);
        if (pending.length > 0) await this.publish(pending);
        await this.clear(collection, docs);
        if (docs.length < BATCH_DOCUMENTS) break;
      }
      backlog += await collection.countDocuments({ outboxPendingSince: { $ne: null } });
    }
    this.options.metrics.outboxBacklog.set(backlog);
  }

  private async publish(docs: AggregateDocument[]): Promise<void> {
    const spans = [];
    const messages: OutgoingMessage[] = [];
    for (const doc of docs) {
      for (const entry of doc.outbox) {
        // Publish inside the context stored with the event, so the trace runs on from the request or message.
        const parent = contextFromHeaders(entry.trace);
        const span = tracer().startSpan(`${entry.topic} publish`, { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': entry.topic, 'event.type': entry.eventType, 'event.id': entry.eventId } }, parent);
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
    for (const m of messages) this.options.metrics.eventsPublished.inc({ topic: m.topic.slice(this.options.topicPrefix.length) });
  }

  private async clear(collection: Collection<AggregateDocument>, docs: AggregateDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const keys = docs.map((doc) => documentLockKey(collection, doc._id));
    await withAllKeys(documentLocks, keys, () => this.clearLocked(collection, docs));
  }

  private async clearLocked(collection: Collection<AggregateDocument>, docs: AggregateDocument[]): Promise<void> {
    let matched = 0;
    // FerretDB 1.24 keeps every statement's cursor of one update command open until the command ends, and its
    // SQLite pool has 100 connections: a command of 100+ statements deadlocks it. Small commands, always.
    for (let i = 0; i < docs.length; i += CLEAR_STATEMENTS_PER_COMMAND) {
      const chunk = docs.slice(i, i + CLEAR_STATEMENTS_PER_COMMAND);
      const result = await collection.bulkWrite(
        chunk.map((doc) => ({ updateOne: { filter: { _id: doc._id, version: doc.version }, update: { $set: { outbox: [], outboxPendingSince: null } } } })),
        { ordered: false },
      );
      matched += result.matchedCount;
    }
    if (matched === docs.length) return;
    // Some aggregates were written meanwhile: keep only the events appended after what was just published.
    for (const doc of docs) await this.removePublished(collection, doc._id, new Set(doc.outbox.map((e) => e.eventId)));
  }

  private async removePublished(collection: Collection<AggregateDocument>, id: string, published: Set<string>): Promise<void> {
    for (;;) {
      const doc = await collection.findOne({ _id: id });
      if (!doc) return;
      const remaining: OutboxEntry[] = (doc.outbox ?? []).filter((e) => !published.has(e.eventId));
      if (remaining.length === doc.outbox.length && doc.outboxPendingSince === (remaining.length ? doc.outboxPendingSince : null)) return;
      const result = await collection.updateOne(
        { _id: id, version: doc.version },
        { $set: { outbox: remaining, outboxPendingSince: remaining.length > 0 ? (doc.outboxPendingSince ?? this.options.clock.now()) : null } },
      );
      if (result.matchedCount === 1) return;
    }
  }

  private async holdLease(): Promise<boolean> {
    const now = new Date();
    try {
      await this.options.leases.findOneAndUpdate(
        { _id: 'outbox-relay', $or: [{ owner: this.owner }, { until: { $lt: now } }] },
        { $set: { owner: this.owner, until: new Date(now.getTime() + LEASE_MS) } },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }
}
