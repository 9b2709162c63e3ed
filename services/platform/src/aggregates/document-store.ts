import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';
import type { OutboxEntry } from '../outbox/outbox-entry';
import { forEachLimited } from '../kafka/key-lock';
import {
  AggregateDocument,
  APPLIED_EVENTS_KEPT,
  compareAndSet,
  documentLockKey,
  RESERVED,
  stateFields,
  WriteFilters,
} from './aggregate-document';
import { DocumentCache } from './document-cache';
import { INSERTS_PER_COMMAND, insertUnlessExists, UPDATES_PER_COMMAND } from '../store/bulk-writes';

/** Concurrent by-_id reads: the pool serves them in parallel where it has several connections. */
const PARALLEL_READS = 8;

/** One aggregate document to write: `before` is the version it was decided on (null: it did not exist). */
export interface DocumentWrite {
  collection: Collection<AggregateDocument>;
  before: AggregateDocument | null;
  after: AggregateDocument;
}

/**
 * Reads and writes aggregate documents the way the database serves them fast: by exact `_id` (from the cache when
 * this process has it), creations as unordered bulk inserts, updates in bulk commands of at most 40 statements.
 * A write that loses (the document already exists, or another writer changed it: MongoDB's compare-and-set) is
 * answered back as rejected, with its cached copy dropped, so the caller reloads and decides again.
 */
export class DocumentStore {
  constructor(
    readonly cache: DocumentCache = new DocumentCache(),
    readonly filters: WriteFilters = compareAndSet,
    private readonly onStored: (collectionName: string, id: string) => void = () => undefined,
    /** Every document written here (`null`: the write lost): keeps the edge's read cache fresh (http/edge-reads). */
    private readonly onWritten: (key: string, doc: AggregateDocument | null) => void = () => undefined,
  ) {}

  cached(collection: Collection<AggregateDocument>, id: string): AggregateDocument | undefined {
    return this.cache.get(documentLockKey(collection, id))?.doc;
  }

  /** The documents by id: cached ones as they are, the others read by `_id` (in parallel) and cached. */
  async load(collection: Collection<AggregateDocument>, ids: string[]): Promise<Map<string, AggregateDocument | null>> {
    const found = new Map<string, AggregateDocument | null>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const cached = this.cached(collection, id);
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    await forEachLimited(missing, PARALLEL_READS, async (id) => {
      const doc = await collection.findOne({ _id: id });
      if (doc) this.cache.put(documentLockKey(collection, id), doc);
      found.set(id, doc);
    });
    return found;
  }

  /** The document that follows `before`: new state, published outbox entries dropped, new ones appended. */
  next(
    collection: Collection<AggregateDocument>,
    id: string,
    before: AggregateDocument | null,
    state: object,
    entries: OutboxEntry[],
    appliedEventIds: string[],
    now: Date,
  ): AggregateDocument {
    const key = documentLockKey(collection, id);
    const remaining = (before?.outbox ?? []).filter((e) => !this.cache.isPublished(key, e.eventId));
    const outbox = [...remaining, ...entries];
    return {
      ...stateFields(state),
      _id: id,
      version: (before?.version ?? 0) + 1,
      outbox,
      outboxPendingSince: remaining.length > 0 ? (before?.outboxPendingSince ?? now) : entries.length > 0 ? now : null,
      appliedEventIds: [...(before?.appliedEventIds ?? []), ...appliedEventIds].slice(-APPLIED_EVENTS_KEPT),
    };
  }

  /** Writes them all; answers the ones that lost (already existed, or changed meanwhile). */
  async write(writes: DocumentWrite[]): Promise<DocumentWrite[]> {
    const rejected: DocumentWrite[] = [];
    const byCollection = new Map<Collection<AggregateDocument>, DocumentWrite[]>();
    for (const w of writes) {
      if (!byCollection.has(w.collection)) byCollection.set(w.collection, []);
      byCollection.get(w.collection)!.push(w);
    }
    for (const [collection, list] of byCollection) {
      const inserts = list.filter((w) => w.before === null);
      const updates = list.filter((w) => w.before !== null);
      for (let i = 0; i < inserts.length; i += INSERTS_PER_COMMAND)
        rejected.push(...(await this.insert(collection, inserts.slice(i, i + INSERTS_PER_COMMAND))));
      const chunks: DocumentWrite[][] = [];
      for (let i = 0; i < updates.length; i += UPDATES_PER_COMMAND)
        chunks.push(updates.slice(i, i + UPDATES_PER_COMMAND));
      for (const chunk of chunks) rejected.push(...(await this.update(collection, chunk)));
    }
    const lost = new Set(rejected);
    for (const w of writes) {
      const key = documentLockKey(w.collection, w.after._id);
      this.onWritten(key, lost.has(w) ? null : w.after);
      if (lost.has(w)) {
        this.cache.delete(key);
        continue;
      }
      this.cache.put(key, w.after);
      if (w.after.outbox.length > 0) this.onStored(w.collection.collectionName, w.after._id);
    }
    return rejected;
  }

  /**
   * Drops the outbox entries known to be on Kafka from these documents (the caller holds their locks), in update
   * commands of at most 40 statements. The version stays: clearing changes no state. A document another writer
   * changed meanwhile (MongoDB) is left for its next write or the next sweep.
   */
  async clearPublished(collection: Collection<AggregateDocument>, ids: string[]): Promise<number> {
    const writes: DocumentWrite[] = [];
    // Evicted copies whose every entry is known published: emptied at the version known, without reading them.
    const known: Array<{ id: string; version: number }> = [];
    const toLoad: string[] = [];
    for (const id of ids) {
      const key = documentLockKey(collection, id);
      const version = this.cached(collection, id) ? undefined : this.cache.publishedVersion(key);
      if (version === undefined) toLoad.push(id);
      else known.push({ id, version });
    }
    await this.clearKnown(collection, known);
    for (const [id, doc] of await this.load(collection, toLoad)) {
      if (!doc) continue;
      const key = documentLockKey(collection, id);
      const remaining = doc.outbox.filter((e) => !this.cache.isPublished(key, e.eventId));
      if (remaining.length === doc.outbox.length) continue;
      const after = { ...doc, outbox: remaining, outboxPendingSince: remaining.length ? doc.outboxPendingSince : null };
      writes.push({ collection, before: doc, after });
    }
    for (let i = 0; i < writes.length; i += UPDATES_PER_COMMAND) {
      const chunk = writes.slice(i, i + UPDATES_PER_COMMAND);
      const result = await collection.bulkWrite(
        chunk.map(({ before, after }) => ({
          updateOne: {
            filter: this.filters.atVersion(after._id, before!.version),
            update: { $set: { outbox: after.outbox, outboxPendingSince: after.outboxPendingSince } },
          },
        })) as AnyBulkWriteOperation<AggregateDocument>[],
        { ordered: false },
      );
      const stale = result.matchedCount < chunk.length;
      for (const w of chunk) {
        const key = documentLockKey(collection, w.after._id);
        if (stale) this.cache.delete(key);
        else this.cache.put(key, w.after);
      }
    }
    return writes.length + known.length;
  }

  private async clearKnown(collection: Collection<AggregateDocument>, known: Array<{ id: string; version: number }>) {
    for (let i = 0; i < known.length; i += UPDATES_PER_COMMAND) {
      const chunk = known.slice(i, i + UPDATES_PER_COMMAND);
      const result = await collection.bulkWrite(
        chunk.map(({ id, version }) => ({
          updateOne: {
            filter: this.filters.atVersion(id, version),
            update: { $set: { outbox: [], outboxPendingSince: null } },
          },
        })) as AnyBulkWriteOperation<AggregateDocument>[],
        { ordered: false },
      );
      // One that changed meanwhile (MongoDB, another writer) keeps its marks: its next write or a sweep clears it.
      if (result.matchedCount === chunk.length)
        for (const { id } of chunk) this.cache.cleared(documentLockKey(collection, id));
    }
  }

  private async insert(collection: Collection<AggregateDocument>, writes: DocumentWrite[]): Promise<DocumentWrite[]> {
    const existed = await insertUnlessExists(
      collection,
      writes.map((w) => w.after),
    );
    return existed.map((index) => writes[index]!);
  }

  private async update(collection: Collection<AggregateDocument>, writes: DocumentWrite[]): Promise<DocumentWrite[]> {
    const operations: AnyBulkWriteOperation<AggregateDocument>[] = writes.map(({ before, after }) => {
      const { _id, ...set } = after;
      const unset = Object.keys(before!).filter((k) => !RESERVED.includes(k) && !(k in after));
      return {
        updateOne: {
          filter: this.filters.atVersion(_id, before!.version),
          update: { $set: set, ...(unset.length ? { $unset: Object.fromEntries(unset.map((k) => [k, ''])) } : {}) },
        } as Document,
      } as AnyBulkWriteOperation<AggregateDocument>;
    });
    const result = await collection.bulkWrite(operations, { ordered: false });
    if (result.matchedCount === writes.length) return [];
    // Some lost a compare-and-set (MongoDB with another writer): find which by reading them back.
    const lost: DocumentWrite[] = [];
    for (const w of writes) {
      const doc = await collection.findOne({ _id: w.after._id });
      if (!doc || fingerprint(doc) !== fingerprint(w.after)) lost.push(w);
    }
    return lost;
  }
}

/** Tells our write from a rival's at the same version: the events applied and caused differ. */
const fingerprint = (doc: AggregateDocument) =>
  `${doc.version}|${doc.appliedEventIds.join(',')}|${doc.outbox.map((e) => e.eventId).join(',')}`;
