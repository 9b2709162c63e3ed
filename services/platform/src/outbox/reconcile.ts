import type { Collection } from 'mongodb';
import { AggregateDocument, documentLockKey } from '../aggregates/aggregate-document';
import type { DocumentCache } from '../aggregates/document-cache';
import type { Logger } from '../logging/logger';
import type { OutboxEntry } from './outbox-entry';

/** Publications are looked up on the topic from a little before the oldest pending write (clock skew). */
const RECONCILE_MARGIN_MS = 60_000;

/** A document's outbox entries not known to be on Kafka. */
export interface Pending {
  collection: Collection<AggregateDocument>;
  doc: AggregateDocument;
  entries: OutboxEntry[];
}

/**
 * Marks as published the pending entries their topic already holds: entries written by another process (a replica
 * that died, or this one before a crash) may have gone out before their document was cleared.
 */
export async function markPublishedOnTopic(
  pending: Pending[],
  deps: {
    publishedSince: (topic: string, since: Date) => Promise<Set<string>>;
    cache: DocumentCache;
    logger: Logger;
  },
): Promise<void> {
  const since = new Map<string, number>();
  for (const p of pending) {
    const at = (p.doc.outboxPendingSince ?? new Date(0)).getTime() - RECONCILE_MARGIN_MS;
    for (const e of p.entries) since.set(e.topic, Math.min(since.get(e.topic) ?? at, at));
  }
  for (const [topic, at] of since) {
    const onTopic = await deps.publishedSince(topic, new Date(at));
    let found = 0;
    for (const p of pending) {
      const ids = p.entries.filter((e) => e.topic === topic && onTopic.has(e.eventId)).map((e) => e.eventId);
      found += ids.length;
      deps.cache.markPublished(documentLockKey(p.collection, p.doc._id), ids);
    }
    deps.logger.info({ topic, found }, 'outbox reconciled with the topic before re-sending');
  }
}
