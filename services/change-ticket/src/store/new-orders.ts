import type { Collection } from 'mongodb';
import { insertNew } from '@portal/platform';
import { orderChanges, type OrderInventory } from '../domain/order-snapshots';
import { newElement } from './element-documents';
import type { ElementDocument, OrderDocument } from './inventory-store';

/**
 * The new orders of a batch, found by writing them instead of reading each one by `_id` (on FerretDB a read per
 * order was half of a burst's database time). An order with inventory lines is new when none of its elements
 * existed: an element exists once any revision holding its line was applied, and revisions come in order per
 * order. The elements of every order with lines that did not exist are inserted here (those that did are answered
 * in `existedIds`, for the caller to update); the caller writes the rest (perimeters, then the order's document).
 * An order without inventory lines writes nothing but its document: it is inserted here, and the order is new if
 * that document did not exist. Every other order is left to the caller's read-and-compare path.
 */
export async function insertNewOrders(
  elements: Collection<ElementDocument>,
  orders: Collection<OrderDocument>,
  newest: OrderInventory[],
): Promise<{ elementsInserted: Set<OrderInventory>; recorded: Set<OrderInventory>; existedIds: Set<string> }> {
  const withLines = newest.filter((s) => s.elements.length > 0);
  const existedIds = new Set(
    await insertNew(
      elements,
      withLines.flatMap((s) => s.elements.map((e) => newElement(e, s))),
    ),
  );
  const withoutLines = newest.filter((s) => s.elements.length === 0);
  const existedOrders = new Set(
    await insertNew(
      orders,
      withoutLines.map((s) => ({ _id: s.orderNumber, ...orderChanges(null, s).remembered })),
    ),
  );
  return {
    elementsInserted: new Set(withLines.filter((s) => s.elements.every((e) => !existedIds.has(e.id)))),
    recorded: new Set(withoutLines.filter((s) => !existedOrders.has(s.orderNumber))),
    existedIds,
  };
}
