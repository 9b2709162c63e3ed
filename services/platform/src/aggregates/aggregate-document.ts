import type { Collection } from 'mongodb';
import type { OutboxEntry } from '../outbox/outbox-entry';
import type { DocumentShape } from './document-shape';

/** How many applied event ids an aggregate remembers for deduplication (an aggregate sees few events). */
export const APPLIED_EVENTS_KEPT = 500;

export interface AggregateDocument {
  _id: string;
  version: number;
  outbox: OutboxEntry[];
  outboxPendingSince: Date | null;
  appliedEventIds: string[];
  [field: string]: unknown;
}

export interface Stored<S> {
  id: string;
  version: number;
  state: S;
}

export const RESERVED = ['_id', 'version', 'outbox', 'outboxPendingSince', 'appliedEventIds'];

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

export function stateFields<S extends object>(state: S): Record<string, unknown> {
  const fields = { ...(state as Record<string, unknown>) };
  for (const reserved of RESERVED) {
    if (reserved in fields) throw new Error(`aggregate state may not use the reserved field ${reserved}`);
  }
  // undefined is not a value MongoDB stores; absent fields are unset by the update.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

export function stateOf<S>(doc: AggregateDocument): S {
  const { _id, version: _v, outbox: _o, outboxPendingSince: _p, appliedEventIds: _a, ...state } = doc;
  return state as S;
}

export function toStored<S extends object>(doc: AggregateDocument, shape?: DocumentShape<S>): Stored<S> {
  return { id: doc._id, version: doc.version, state: shapedStateOf(doc, shape) };
}

/** The state of a document (or of a projection without the bookkeeping fields), read through its shape. */
export function shapedStateOf<S extends object>(doc: object, shape?: DocumentShape<S>): S {
  const fields = stateOf<Record<string, unknown>>(doc as AggregateDocument);
  return shape ? shape.fromFields(fields) : (fields as S);
}

export const isDuplicateKey = (error: unknown) => (error as { code?: number })?.code === 11000;

export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
}
