import type { Collection, Document, Filter } from 'mongodb';
import { DomainError } from '../errors';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';

/**
 * The order of a list: fields (dotted paths) with their direction, the last one unique, e.g. newest first by
 * `{ placedAt: -1, _id: 1 }` (the id breaks ties). An index on the filter's equality fields then these serves it.
 */
export type KeysetSort = Record<string, 1 | -1>;

export interface KeysetQuery<T, R = unknown> {
  /** What to list (equality/range filters; see README for what FerretDB evaluates by index). */
  filter?: Filter<T>;
  /** Shorthand for `sort: { [key]: 1 }`: a unique, indexed string field; `_id` by default. */
  key?: string;
  /** A composite order (see `KeysetSort`); wins over `key`. */
  sort?: KeysetSort;
  /**
   * Further reads of the same collection in the same order by other fields, merged with the first (a list newest
   * first by submission, or by creation where never submitted: `{ filter: { submittedAt: null }, sort: { createdAt:
   * -1, _id: 1 } }`). Each has as many sort fields as `sort`, with the same directions.
   */
  union?: { filter: Filter<T>; sort: KeysetSort }[];
  /** Fields left out of what is read (e.g. an aggregate's bookkeeping, `STATE_ONLY`); the sort fields stay. */
  projection?: Document;
  /**
   * Records the caller may not see (a rule the database cannot evaluate, possibly asking elsewhere): dropped, and
   * the list read further until the page is full, so a page never misses a row however many are dropped.
   */
  keep?: (item: R) => boolean | Promise<boolean>;
  limit: number;
  /** The opaque cursor of the previous page (`pageQuery`'s `cursor`). */
  cursor?: string;
}

type KeyValue = string | number | boolean | Date | null;
interface Read {
  filter: Document;
  sort: KeysetSort;
}
interface Keyed {
  key: KeyValue[];
  doc: Document;
}

/** Records dropped by `keep`: each further read asks for twice as many, up to this. */
const MAX_BATCH = 1000;

/**
 * One page pushed down to the database: sorted by the list's order (`sort`, or the unique `key`), `limit + 1`
 * records read (the extra one only says whether there is a next page), the cursor holds the sort values of the last
 * record shown. Every record is listed exactly once however many there are, and a record inserted meanwhile shows
 * up only after the cursor. Returns the page of documents mapped by `map`. Cursors are opaque: a single-field
 * order's cursor is its value (base64url), a composite order's the JSON of its values.
 */
export async function keysetPage<T extends Document, R>(
  collection: Collection<T>,
  query: KeysetQuery<T, R>,
  map: (doc: T) => R,
): Promise<Page<R>> {
  const first: Read = { filter: query.filter ?? {}, sort: query.sort ?? { [query.key ?? '_id']: 1 } };
  const reads: Read[] = [first, ...(query.union ?? [])];
  const directions = Object.values(first.sort);
  const keep = query.keep ?? (() => true);
  const items: { key: KeyValue[]; item: R }[] = [];
  let after = cursorKey(query.cursor, directions.length);
  // A list that drops records reads ahead: on FerretDB every read decodes the collection, whatever its size.
  let batch = Math.min(MAX_BATCH, (query.limit + 1) * (query.keep ? 2 : 1));
  for (;;) {
    const found = await readMerged(
      collection as unknown as Collection<Document>,
      reads,
      query.projection,
      after,
      batch,
    );
    for (const { key, doc } of found) {
      const item = map(doc as T);
      if (await keep(item)) items.push({ key, item });
    }
    const last = found[found.length - 1];
    if (items.length > query.limit || found.length < batch || !last) break;
    after = last.key;
    batch = Math.min(MAX_BATCH, batch * 2);
  }
  const shown = items.slice(0, query.limit);
  const lastShown = shown[shown.length - 1];
  return {
    items: shown.map((s) => s.item),
    nextCursor: items.length > query.limit && lastShown ? cursorOf(lastShown.key) : null,
  };
}

/** The same page with each item shown another way (a state -> its view). */
export const mapPage = <A, B>(page: Page<A>, show: (item: A) => B): Page<B> => ({
  items: page.items.map(show),
  nextCursor: page.nextCursor,
});

/**
 * The first `batch` records after `after` of each read, merged: together they hold exactly the first `batch`
 * records of the union (a record a read did not return sorts after the last one it returned).
 */
async function readMerged(
  collection: Collection<Document>,
  reads: Read[],
  projection: Document | undefined,
  after: KeyValue[] | undefined,
  batch: number,
): Promise<Keyed[]> {
  const found = await Promise.all(
    reads.map(async ({ filter, sort }) => {
      const rest = after === undefined ? [] : [afterFilter(sort, after)];
      const docs = await collection
        .find(rest.length ? { $and: [filter, ...rest] } : filter, projection ? { projection } : {})
        .sort(sort)
        .limit(batch)
        .toArray();
      return docs.map((doc) => ({ key: Object.keys(sort).map((field) => valueAt(doc, field)), doc }));
    }),
  );
  if (found.length === 1) return found[0]!;
  const directions = Object.values(reads[0]!.sort);
  return found
    .flat()
    .sort((x, y) => compareKeys(x.key, y.key, directions))
    .slice(0, batch);
}

/** "After this key" in the order `sort`: a greater first field, or the same and a greater second, and so on. */
function afterFilter(sort: KeysetSort, after: KeyValue[]): Document {
  const fields = Object.entries(sort);
  const branches = fields.map(([field, direction], i) => ({
    ...Object.fromEntries(fields.slice(0, i).map(([equal], j) => [equal, after[j]])),
    [field]: { [direction === 1 ? '$gt' : '$lt']: after[i] },
  }));
  return branches.length === 1 ? branches[0]! : { $or: branches };
}

function compareKeys(x: KeyValue[], y: KeyValue[], directions: (1 | -1)[]): number {
  for (let i = 0; i < directions.length; i++) {
    const a = comparable(x[i]);
    const b = comparable(y[i]);
    if (a !== b) return (a < b ? -1 : 1) * directions[i]!;
  }
  return 0;
}

const comparable = (value: KeyValue | undefined) => (value instanceof Date ? value.getTime() : (value ?? ''));

function valueAt(doc: Document, path: string): KeyValue {
  let value: unknown = doc;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[part];
  return (value ?? null) as KeyValue;
}

function cursorOf(key: KeyValue[]): string {
  if (key.length === 1) return encodeCursor(String(key[0]));
  return encodeCursor(JSON.stringify(key.map((v) => (v instanceof Date ? { at: v.toISOString() } : v))));
}

/** The key a cursor holds; a composite cursor this list did not give is refused (400), never read as a filter. */
function cursorKey(cursor: string | undefined, fields: number): KeyValue[] | undefined {
  const text = decodeCursor(cursor);
  if (text === undefined) return undefined;
  if (fields === 1) return [text];
  const refused = new DomainError('VALIDATION_FAILED', 'cursor is not one this list answered', { status: 400 });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refused;
  }
  if (!Array.isArray(parsed) || parsed.length !== fields) throw refused;
  return parsed.map((v: unknown) => {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return v as KeyValue;
    const at = (v as { at?: unknown }).at;
    const date = typeof at === 'string' ? new Date(at) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw refused;
    return date;
  });
}
