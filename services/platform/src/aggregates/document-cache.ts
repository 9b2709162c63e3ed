import type { AggregateDocument } from './aggregate-document';

const UNKNOWN = -1;
/**
 * Clean documents kept per process. A batch mostly touches aggregates of the last few batches (an ERP order's
 * events come close together); a miss costs one read by `_id`. Measured on 2026-12-02 (`bench:burst`, 5,000 orders):
 * 5,000 kept the order service at a 206 MiB peak, 1,500 at 189–190 MiB; caught up in 28.9–38.5 s (four runs)
 * against 29.7–35.1 s (three), the same within this machine's noise.
 */
export const CLEAN_DOCUMENTS_KEPT = 1_500;

interface Marks {
  ids: Set<string>;
  version: number;
  outbox: string[];
}

/** A document as this process last read or wrote it. */
export interface CachedDocument {
  doc: AggregateDocument;
}

/**
 * A bounded per-process copy of the aggregate documents this process read or wrote, so a batch finds the aggregates
 * it touches without a database round trip (FerretDB serves only exact-`_id` lookups by key, one at a time).
 *
 * Kept honest because every in-process write to an aggregate goes through it under the document lock; a write from
 * elsewhere (another replica, MongoDB only) is caught by the version compare-and-set, which drops the copy and
 * reloads. Documents with outbox entries not yet published are never evicted: the relay works from them. Which
 * entries are published is kept apart from the documents (a few ids each), so a published document may be evicted
 * and read again by `_id` when written or cleared.
 */
export class DocumentCache {
  /** Documents with nothing left to publish: least recently used first, bounded. */
  private readonly clean = new Map<string, CachedDocument>();
  /** Documents with outbox entries not yet published: the relay's work, never evicted. */
  private readonly pending = new Map<string, CachedDocument>();

  constructor(private readonly limit = CLEAN_DOCUMENTS_KEPT) {}

  /**
   * Outbox entries known to be on Kafka, per document, until a write drops them from its outbox; with the version
   * and outbox of the document as this process last wrote or read it, so clearing needs no read of an evicted copy.
   */
  private readonly published = new Map<string, Marks>();

  get(key: string): CachedDocument | undefined {
    const pending = this.pending.get(key);
    if (pending) return pending;
    const entry = this.clean.get(key);
    if (entry) {
      this.clean.delete(key); // most recently used goes last
      this.clean.set(key, entry);
    }
    return entry;
  }

  /** Stores the document as written or read; marks of entries no longer in its outbox are forgotten. */
  put(key: string, doc: AggregateDocument): CachedDocument {
    const marks = this.published.get(key);
    if (marks) {
      const still = (doc.outbox ?? []).map((e) => e.eventId);
      for (const id of marks.ids) if (!still.includes(id)) marks.ids.delete(id);
      if (marks.ids.size === 0) this.published.delete(key);
      else Object.assign(marks, { version: doc.version, outbox: still });
    }
    const cached = { doc };
    this.delete(key);
    if ((doc.outbox ?? []).some((e) => !this.isPublished(key, e.eventId))) this.pending.set(key, cached);
    else this.keep(key, cached);
    return cached;
  }

  /** Published entries need not pin their document: the marks stay until a write or the clearer drops them. */
  private keep(key: string, cached: CachedDocument): void {
    this.clean.set(key, cached);
    for (const oldest of this.clean.keys()) {
      if (this.clean.size <= this.limit) break;
      this.clean.delete(oldest);
    }
  }

  /** Forgets the copy (it may be stale); what is known to be published stays known. */
  delete(key: string): void {
    this.clean.delete(key);
    this.pending.delete(key);
  }

  markPublished(key: string, eventIds: Iterable<string>): void {
    const pending = this.pending.get(key);
    const doc = pending?.doc ?? this.clean.get(key)?.doc;
    const marks = this.published.get(key) ?? {
      ids: new Set<string>(),
      version: doc?.version ?? UNKNOWN,
      outbox: (doc?.outbox ?? []).map((e) => e.eventId),
    };
    for (const id of eventIds) marks.ids.add(id);
    this.published.set(key, marks);
    if (pending && pending.doc.outbox.every((e) => marks.ids.has(e.eventId))) {
      this.pending.delete(key);
      this.keep(key, pending);
    }
  }

  isPublished(key: string, eventId: string): boolean {
    return this.published.get(key)?.ids.has(eventId) ?? false;
  }

  /**
   * The version at which every entry of the document's outbox is known to be published (as this process last wrote
   * or read it): clearing it is a write of an empty outbox at that version, with no read first. Undefined when not
   * known.
   */
  publishedVersion(key: string): number | undefined {
    const marks = this.published.get(key);
    if (!marks || marks.version === UNKNOWN || !marks.outbox.every((id) => marks.ids.has(id))) return undefined;
    return marks.version;
  }

  /** The document's outbox was emptied at the version its marks name: nothing is left to remember. */
  cleared(key: string): void {
    this.published.delete(key);
  }

  get size(): number {
    return this.clean.size + this.pending.size;
  }
}
