import { SpanKind, trace } from '@opentelemetry/api';
import type { Collection } from 'mongodb';
import { AggregateDocument, documentLockKey } from '../aggregates/aggregate-document';
import { documentLocks } from '../aggregates/aggregate-repository';
import type { DocumentStore } from '../aggregates/document-store';
import type { Clock } from '../clock';
import { eventHeaders, MessageProducer, OutgoingMessage } from '../kafka/producer';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { contextFromHeaders, currentTraceHeaders, tracer } from '../telemetry/tracing';
import { asBuffer } from './bytes';
import { OutboxClearer } from './clearer';
import type { OutboxEntry } from './outbox-entry';
import { LEASE_MS, type Lease, RelayLease } from './relay-lease';

/**
 * kafkajs encodes a whole send synchronously (records, CRC32C in JavaScript): a send of 2,000 events of 1 KB held the
 * event loop for 94–132 ms on the quiet 2-core machine, reads waiting behind it; 500 (a consumer's unit of work)
 * hold it 19–24 ms, at the same events per second (a send of 500 takes a quarter of the time of 2,000).
 */
const MESSAGES_PER_SEND = 500;
const SWEEP_DOCUMENTS = 1000;
/** Publications are looked up on the topic from a little before the oldest pending write (clock skew). */
const RECONCILE_MARGIN_MS = 60_000;

interface Pending {
  collection: Collection<AggregateDocument>;
  doc: AggregateDocument;
  entries: OutboxEntry[];
}

/**
 * Publishes the events waiting in aggregate documents, many aggregates per producer send, in order per aggregate
 * (same key, same partition, idempotent producer), each message carrying an `event-id` header. Publishing only marks
 * the entries published in memory; documents are cleared lazily (see OutboxClearer). A sweep at start, after every
 * rebalance (partitions from a replica that died) and every ten minutes for what another replica left, reads every document still holding entries and, before sending them,
 * looks on the topic for the ones a process that died before clearing already published: each event goes out once.
 * One replica at a time holds the relay lease.
 */
export class OutboxRelay {
  private readonly notified = new Map<string, Set<string>>();
  private readonly clearer: OutboxClearer;
  private readonly lease: RelayLease;
  private sweepTimer?: NodeJS.Timeout;
  private leaseRetry?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private sweepDue = true;
  private stopped = false;

  constructor(
    private readonly options: {
      collections: () => Map<string, Collection<AggregateDocument>>;
      leases: Collection<Lease>;
      store: DocumentStore;
      producer: MessageProducer;
      /** The event ids a topic (unprefixed name) already holds since a time. */
      publishedSince: (topic: string, since: Date) => Promise<Set<string>>;
      topicPrefix: string;
      clock: Clock;
      logger: Logger;
      metrics: Metrics;
      sweepMs?: number;
    },
  ) {
    this.clearer = new OutboxClearer(options.store, options.logger);
    this.lease = new RelayLease(options.leases);
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

  /** Documents were written lately (clearing, and the backlog's database counts, wait for a pause). */
  get busy(): boolean {
    return this.clearer.writing;
  }

  /** A repository stored events in this document: publish them soon. */
  notify(collectionName: string, id: string): void {
    if (!this.notified.has(collectionName)) this.notified.set(collectionName, new Set());
    this.notified.get(collectionName)!.add(id);
    this.clearer.busy();
    this.nudge();
  }

  /** Partitions moved: sweep soon for what their previous owner (a replica that died) wrote and never published. */
  sweepSoon(): void {
    this.sweepDue = true;
    this.nudge();
  }

  private retryLeaseLater(): void {
    if (this.stopped || this.leaseRetry) return;
    this.leaseRetry = setTimeout(() => {
      this.leaseRetry = undefined;
      this.nudge();
    }, LEASE_MS / 2);
    this.leaseRetry.unref();
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
   * Graceful shutdown: no new flush starts, the one in flight finishes, a last flush publishes what was notified,
   * what is published is cleared (so a restart has nothing to reconcile), and the lease is released.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweepTimer);
    clearTimeout(this.leaseRetry);
    while (this.running) await this.running;
    await this.flush().catch((error) => this.options.logger.error({ err: error }, 'final outbox flush failed'));
    await this.clearer.stop();
    await this.lease.release();
  }

  /** Publishes the notified documents' entries; on a sweep, also every document still holding entries. */
  async flush(): Promise<void> {
    if (!(await this.lease.hold())) {
      // Another owner (often a process that just died) still holds the lease: try again once it may have expired,
      // since nothing else may nudge this relay (a restart that finds every message applied writes nothing).
      this.retryLeaseLater();
      return;
    }
    // A due sweep goes first: it marks what a dead process already published, before any of it is sent again.
    if (this.sweepDue) await this.sweep();
    const pending: Pending[] = [];
    const taken: Array<[string, string]> = [];
    for (const [name, collection] of this.options.collections()) {
      const ids = [...(this.notified.get(name) ?? [])];
      this.notified.get(name)?.clear();
      taken.push(...ids.map((id) => [name, id] as [string, string]));
      const keys = ids.map((id) => documentLockKey(collection, id));
      const load = () => this.options.store.load(collection, ids);
      const docs = await documentLocks.runAll(keys, load).catch((error) => {
        for (const [n, id] of taken) this.notified.get(n)?.add(id);
        throw error;
      });
      for (const doc of docs.values()) if (doc) pending.push(this.unpublished(collection, doc));
    }
    try {
      await this.publish(pending.filter((p) => p.entries.length > 0));
    } catch (error) {
      for (const [name, id] of taken) this.notified.get(name)?.add(id);
      throw error;
    }
  }

  private unpublished(collection: Collection<AggregateDocument>, doc: AggregateDocument): Pending {
    const key = documentLockKey(collection, doc._id);
    const entries = (doc.outbox ?? []).filter((e) => !this.options.store.cache.isPublished(key, e.eventId));
    return { collection, doc, entries };
  }

  /**
   * Every document still holding entries (read in pages by `_id`: on FerretDB a filter other than exactly `_id`
   * decodes the whole collection, so this runs only at start and every ten minutes). Entries this process did not
   * write are looked up on their topic first; the ones found there are only cleared.
   */
  private async sweep(): Promise<void> {
    this.sweepDue = false;
    for (const [name, collection] of this.options.collections()) {
      let after = '';
      for (;;) {
        const page = await collection
          .find({ outboxPendingSince: { $ne: null }, _id: { $gt: after } })
          .sort({ _id: 1 })
          .limit(SWEEP_DOCUMENTS)
          .batchSize(SWEEP_DOCUMENTS)
          .toArray();
        // Under the locks: a document this process is writing meanwhile keeps its newer cached copy. Cached ones are
        // looked up too: a copy read while redelivered messages were skipped holds a dead process's entries. But not
        // the ones this process wrote and is about to publish (notified): looking for those on the topic would only
        // hold their publication back behind a reconcile (a second per event after every rebalance, measured).
        const docs = await documentLocks.runAll(
          page.map((doc) => documentLockKey(collection, doc._id)),
          async () =>
            page.flatMap((doc) => {
              const cached = this.options.store.cached(collection, doc._id);
              if (!cached) this.options.store.cache.put(documentLockKey(collection, doc._id), doc);
              if (cached && this.notified.get(name)?.has(doc._id)) return [];
              return [cached ?? doc];
            }),
        );
        const pending = docs.map((doc) => this.unpublished(collection, doc)).filter((p) => p.entries.length > 0);
        await this.reconcile(pending);
        await this.publish(pending.map((p) => this.unpublished(p.collection, p.doc)).filter((p) => p.entries.length));
        await this.clearer.clearNow(
          collection,
          page.map((d) => d._id),
        );
        if (page.length < SWEEP_DOCUMENTS) break;
        after = page[page.length - 1]!._id;
      }
    }
  }

  /** Marks as published the pending entries their topic already holds. */
  private async reconcile(pending: Pending[]): Promise<void> {
    const since = new Map<string, number>();
    for (const p of pending) {
      const at = (p.doc.outboxPendingSince ?? new Date(0)).getTime() - RECONCILE_MARGIN_MS;
      for (const e of p.entries) since.set(e.topic, Math.min(since.get(e.topic) ?? at, at));
    }
    for (const [topic, at] of since) {
      const onTopic = await this.options.publishedSince(topic, new Date(at));
      let found = 0;
      for (const p of pending) {
        const ids = p.entries.filter((e) => e.topic === topic && onTopic.has(e.eventId)).map((e) => e.eventId);
        found += ids.length;
        this.options.store.cache.markPublished(documentLockKey(p.collection, p.doc._id), ids);
      }
      this.options.logger.info({ topic, found }, 'outbox reconciled with the topic before re-sending');
    }
  }

  private async publish(pending: Pending[]): Promise<void> {
    let batch: Array<{ p: Pending; entry: OutboxEntry }> = [];
    for (const p of pending) {
      for (const entry of p.entries) batch.push({ p, entry });
      if (batch.length >= MESSAGES_PER_SEND) {
        await this.send(batch);
        batch = [];
      }
    }
    await this.send(batch);
  }

  private async send(batch: Array<{ p: Pending; entry: OutboxEntry }>): Promise<void> {
    if (batch.length === 0) return;
    const spans = [];
    const messages: OutgoingMessage[] = [];
    for (const { entry } of batch) {
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
        headers: eventHeaders(entry.eventType, currentTraceHeaders(trace.setSpan(parent, span)), entry.eventId),
      });
    }
    try {
      await this.options.producer.send(messages);
    } finally {
      for (const span of spans) span.end();
    }
    const byDocument = new Map<string, { p: Pending; ids: string[] }>();
    for (const { p, entry } of batch) {
      const key = documentLockKey(p.collection, p.doc._id);
      if (!byDocument.has(key)) byDocument.set(key, { p, ids: [] });
      byDocument.get(key)!.ids.push(entry.eventId);
      this.options.metrics.eventsPublished.inc({ topic: entry.topic });
    }
    for (const [key, { p, ids }] of byDocument) {
      this.options.store.cache.markPublished(key, ids);
      this.clearer.add(p.collection, p.doc._id);
    }
  }
}
