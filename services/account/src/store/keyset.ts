import type { Collection, Document, Sort } from 'mongodb';
import { decodeCursor, encodeCursor, type Page } from '@portal/platform';

/** How a list is ordered by a unique key: the database sort, what sorts after a key, and the key of a document. */
export interface Keyset {
  sort: Sort;
  after: (key: string) => Document;
  key: (doc: Document) => string;
}

/** Keyset on `_id` alone (the aggregate id is the list's unique key). */
export const byId: Keyset = {
  sort: { _id: 1 },
  after: (key) => ({ _id: { $gt: key } }),
  key: (doc) => doc._id as string,
};

/** Keyset on a time then `_id` (key `<time>|<id>`; ISO instants sort as strings and hold no `|`). */
export const byTimeThenId = (field: string): Keyset => ({
  sort: { [field]: 1, _id: 1 },
  after: (key) => {
    const at = key.indexOf('|');
    const time = key.slice(0, at);
    return { $or: [{ [field]: { $gt: time } }, { [field]: time, _id: { $gt: key.slice(at + 1) } }] };
  },
  key: (doc) => `${doc[field] as string}|${doc._id as string}`,
});

/**
 * One page of a list, paged in the database rather than in memory: the documents after the cursor's key, in the
 * order of a unique indexed key, `limit + 1` read to know whether another page follows. The cursor is the last
 * key of the page (base64url, as the platform's `page()` writes it), so cursors of older answers still work.
 * To be replaced by the platform's keyset helper when it lands.
 */
export async function keysetPage<T>(
  collection: Collection<Document>,
  filter: Document,
  keyset: Keyset,
  options: { limit: number; cursor?: string; map: (doc: Document) => T },
): Promise<Page<T>> {
  const after = decodeCursor(options.cursor);
  const query = after === undefined ? filter : { $and: [filter, keyset.after(after)] };
  const docs = await collection
    .find(query)
    .sort(keyset.sort)
    .limit(options.limit + 1)
    .toArray();
  const items = docs.slice(0, options.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(options.map),
    nextCursor: docs.length > options.limit && last ? encodeCursor(keyset.key(last)) : null,
  };
}

/** The same page with each item shown another way (a state -> its view). */
export const mapPage = <A, B>(page: Page<A>, show: (item: A) => B): Page<B> => ({
  items: page.items.map(show),
  nextCursor: page.nextCursor,
});
