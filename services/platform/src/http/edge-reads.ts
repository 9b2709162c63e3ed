import type { Collection } from 'mongodb';
import { ReadThroughCache } from '../access/read-through-cache';

/** How long a cached copy answers before it is read again: the bound on what another replica's write hides. */
export const EDGE_READ_TTL_MS = 2_000;
/** Documents kept per service (a few KB each): the hot set of the portal's pages, well under the RSS budget. */
export const EDGE_READ_ENTRIES = 5_000;

type Keyed = { _id: string };

/**
 * The edge's by-`_id` reads, cached in memory so a page read does not cost a database round trip each time (on
 * FerretDB each costs ~0.5 ms of server CPU; at 1,000 reads/s that is the machine). One cache per service, keyed
 * by database, collection and id, so the read pool and the write pool name the same entry.
 *
 * Freshness, per process: every write this process makes to a cached collection tells the cache (`written` with
 * the new versioned document for aggregates, from the platform's DocumentStore; `changed` from a store's own
 * writes), which drops or replaces the copy and fences the loads in flight, so a user reads their own write at
 * once. Across replicas (MongoDB): a copy is at most `ttlMs` old, so a write made by another replica shows within
 * that time. A collection written by anything that does not tell the cache must not be read through it.
 *
 * Every answer is a copy (`copyOf`): a caller that changes what it got cannot change the cache.
 */
export class EdgeReads {
  private readonly cache: ReadThroughCache<Keyed | null>;

  constructor(ttlMs = EDGE_READ_TTL_MS, maxEntries = EDGE_READ_ENTRIES) {
    this.cache = new ReadThroughCache(ttlMs, maxEntries);
  }

  /** The document by `_id`: from the cache, else read from `collection` (the read pool) and kept. */
  async byId<D extends Keyed>(collection: Collection<D>, id: string): Promise<D | null> {
    const doc = await this.cache.get(keyOf(collection, id), () => collection.findOne({ _id: id } as never) as never);
    return doc ? (copyOf(doc) as D) : null;
  }

  /**
   * An aggregate document by `_id` without its bookkeeping (outbox, applied event ids: up to 500 ids, which every
   * copy would otherwise clone): `_id`, `version` and the state.
   */
  async aggregate<D extends Keyed>(collection: Collection<D>, id: string): Promise<D | null>;
  /**
   * `derive`: what the caller makes of the document (an aggregate's state unpacked from its stored shape), computed
   * once per cached copy instead of on every read: unpacking an order's lines cost more CPU than the rest of its route.
   * `derive` must be pure; the answer is a copy of what it made.
   */
  async aggregate<D extends Keyed, R>(collection: Collection<D>, id: string, derive: (doc: D) => R): Promise<R | null>;
  async aggregate<D extends Keyed, R>(collection: Collection<D>, id: string, derive?: (doc: D) => R) {
    const load = () => collection.findOne({ _id: id } as never, { projection: BOOKKEEPING_LEFT_OUT }) as never;
    const doc = (await this.cache.get(keyOf(collection, id), load)) as D | null;
    if (!doc) return null;
    return copyOf(derive ? this.derived(doc, derive) : doc);
  }

  /** Derived values per cached copy: a write replaces the copy, so what was derived from the old one is dropped. */
  private readonly derivations = new WeakMap<object, { derive: (doc: never) => unknown; value: unknown }>();

  private derived<D extends Keyed, R>(doc: D, derive: (doc: D) => R): R {
    const known = this.derivations.get(doc);
    if (known?.derive === derive) return known.value as R;
    const value = derive(doc);
    this.derivations.set(doc, { derive: derive as (doc: never) => unknown, value });
    return value;
  }

  /** This process changed the document (before and/or after the write): the next read loads it again. */
  changed(collection: Pick<Collection, 'dbName' | 'collectionName'>, id: string): void {
    this.cache.forget(keyOf(collection, id));
  }

  /**
   * This process wrote this versioned aggregate document (`null`: its write lost, the copy may be stale). One
   * being read is replaced by a copy of the new one; any other is only fenced, so ingestion pays nothing for it.
   */
  written(key: string, doc: (Keyed & { version: number }) | null): void {
    if (doc && this.cache.has(key)) this.cache.written(key, copyOf(withoutBookkeeping(doc)));
    else this.cache.forget(key);
  }

  get size(): number {
    return this.cache.size;
  }
}

const BOOKKEEPING_LEFT_OUT = { outbox: 0, outboxPendingSince: 0, appliedEventIds: 0 };

function withoutBookkeeping<D extends object>(doc: D): D {
  const { outbox: _o, outboxPendingSince: _p, appliedEventIds: _a, ...rest } = doc as Record<string, unknown>;
  return rest as D;
}

/** The same key as the platform's document locks: `<database>/<collection>/<id>`. */
export const keyOf = (collection: Pick<Collection, 'dbName' | 'collectionName'>, id: string) =>
  `${collection.dbName}/${collection.collectionName}/${id}`;

/**
 * A deep copy of a document as the driver returns it: plain objects, arrays and dates are copied field by field
 * (about five times faster than `structuredClone`, which serializes and parses again: measured ~0.1 ms for an
 * order of three lines, a sixth of a cached read route's CPU); anything else (ObjectId, Binary, Decimal128) goes
 * through `structuredClone` as before.
 */
export function copyOf<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = copyOf((value as Record<string, unknown>)[key]);
    // An own `__proto__` field stays a field (an assignment would set the copy's prototype instead).
    if (key === '__proto__')
      Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true, configurable: true });
    else copy[key] = field;
  }
  return copy as T;
}
