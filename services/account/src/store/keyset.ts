import type { Collection, Document } from 'mongodb';
import { decodeCursor, encodeCursor, type Page, STATE_ONLY } from '@portal/platform';

/** The bookkeeping of an aggregate document is never read by a list (nor `_id`: the state carries its id). */
export const STATE_WITHOUT_ID = { _id: 0, ...STATE_ONLY } as const;

/** A list ordered by a time then the record's id: the key is `<time>|<id>` (ISO instants hold no `|`). */
export interface TimeThenId {
  time: string;
  id: string;
}

/**
 * One page of a list ordered by a time then the record's id (renewals by request time, service requests by opening
 * time), pushed down to the database like the platform's `keysetPage`, which orders by one unique field: sorted by
 * both, the records after the cursor's (time, id), `limit + 1` read. The cursor is `<time>|<id>` encoded as
 * `http/pagination.ts` does, the same cursors these lists answered before.
 */
export async function timeOrderedPage<S>(
  collection: Collection<Document>,
  filter: Document,
  order: TimeThenId,
  page: { limit: number; cursor?: string },
): Promise<Page<S>> {
  const after = decodeCursor(page.cursor);
  const at = after === undefined ? -1 : after.indexOf('|');
  const next =
    after === undefined
      ? filter
      : {
          $and: [
            filter,
            {
              $or: [
                { [order.time]: { $gt: after.slice(0, at) } },
                { [order.time]: after.slice(0, at), [order.id]: { $gt: after.slice(at + 1) } },
              ],
            },
          ],
        };
  const docs = await collection
    .find(next, { projection: STATE_WITHOUT_ID })
    .sort({ [order.time]: 1, [order.id]: 1 })
    .limit(page.limit + 1)
    .toArray();
  const items = docs.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items: items as unknown as S[],
    nextCursor: docs.length > page.limit && last ? encodeCursor(`${last[order.time]}|${last[order.id]}`) : null,
  };
}

/** The same page with each item shown another way (a state -> its view). */
export const mapPage = <A, B>(page: Page<A>, show: (item: A) => B): Page<B> => ({
  items: page.items.map(show),
  nextCursor: page.nextCursor,
});
