import type { Collection, Document, Filter } from 'mongodb';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';

export interface KeysetQuery<T> {
  /** What to list (equality/range filters; see README for what FerretDB evaluates by index). */
  filter?: Filter<T>;
  /** A unique, indexed string field the pages are sorted by; `_id` by default. */
  key?: string;
  limit: number;
  /** The opaque cursor of the previous page (`pageQuery`'s `cursor`). */
  cursor?: string;
}

/**
 * One page pushed down to the database: sorted by a unique key, `limit + 1` documents read (the extra one only
 * says whether there is a next page), the cursor is the last key of the page. Every record is listed exactly once
 * however many there are, and a record inserted meanwhile shows up only after the cursor. Returns the page of
 * documents mapped by `map`.
 */
export async function keysetPage<T extends Document, R>(
  collection: Collection<T>,
  query: KeysetQuery<T>,
  map: (doc: T) => R,
): Promise<Page<R>> {
  const key = query.key ?? '_id';
  const after = decodeCursor(query.cursor);
  const filters = [query.filter ?? {}, ...(after === undefined ? [] : [{ [key]: { $gt: after } }])];
  const filter = (filters.length === 1 ? filters[0] : { $and: filters }) as Filter<T>;
  const docs = (await collection
    .find(filter)
    .sort({ [key]: 1 })
    .limit(query.limit + 1)
    .toArray()) as T[];
  const items = docs.slice(0, query.limit);
  const last = items[items.length - 1] as Record<string, unknown> | undefined;
  return {
    items: items.map(map),
    nextCursor: docs.length > query.limit && last ? encodeCursor(String(last[key])) : null,
  };
}
