import type { CatalogFile } from './catalog';
import { type BookedOrder, elementsFromOrder, type Perimeter, perimeterOf } from './inventory-from-orders';
import type { InventoryElement } from './types';

/** What one order snapshot (order.events.v1, `revision`) gives the inventory. */
export interface OrderInventory {
  orderNumber: string;
  revision: number;
  elements: InventoryElement[];
  perimeter: Perimeter;
  cancelled: boolean;
}

/** What the inventory remembers of an order: the revision applied, every element and perimeter it ever gave. */
export interface AppliedOrder {
  revision: number;
  elementIds: string[];
  perimeterIds: string[];
}

/**
 * The inventory an order snapshot gives. Two lines with one line number cannot be told apart (they would be one
 * element): such a snapshot is refused, so it goes to the dead letters for a person to look at instead of being
 * merged silently.
 */
export function inventoryOfSnapshot(
  order: BookedOrder & { revision: number; cancelled: boolean },
  catalogs: CatalogFile,
): OrderInventory {
  const seen = new Set<number>();
  for (const line of order.lines) {
    if (seen.has(line.lineNumber))
      throw new Error(`order ${order.orderNumber} revision ${order.revision}: line ${line.lineNumber} appears twice`);
    seen.add(line.lineNumber);
  }
  return {
    orderNumber: order.orderNumber,
    revision: order.revision,
    elements: elementsFromOrder(order, catalogs),
    perimeter: perimeterOf(order.accountId, order.contractNumber),
    cancelled: order.cancelled,
  };
}

/** Of several snapshots of one order (a batch, redeliveries), the newest; the first of equal revisions. */
export function newestPerOrder<T extends { orderNumber: string; revision: number }>(snapshots: T[]): T[] {
  const newest = new Map<string, T>();
  for (const s of snapshots) {
    const known = newest.get(s.orderNumber);
    if (!known || s.revision > known.revision) newest.set(s.orderNumber, s);
  }
  return [...newest.values()];
}

/** Only a newer revision changes the inventory: an older or replayed one changes nothing. */
export const supersedes = (applied: { revision: number } | null, snapshot: { revision: number }) =>
  snapshot.revision > (applied?.revision ?? -1);

/**
 * What applying a snapshot changes beyond upserting its elements: the elements of earlier revisions no longer in
 * it are retired, its elements leave the perimeters the order was in before, and the order remembers both.
 */
export function orderChanges(applied: AppliedOrder | null, snapshot: OrderInventory) {
  const kept = new Set(snapshot.elements.map((e) => e.id));
  const previousIds = applied?.elementIds ?? [];
  const previousPerimeters = applied?.perimeterIds ?? [];
  return {
    retiredIds: previousIds.filter((id) => !kept.has(id)),
    leftPerimeterIds: previousPerimeters.filter((id) => id !== snapshot.perimeter.id),
    remembered: {
      revision: snapshot.revision,
      elementIds: [...new Set([...previousIds, ...kept])],
      perimeterIds: [...new Set([...previousPerimeters, snapshot.perimeter.id])],
    } satisfies AppliedOrder,
  };
}
