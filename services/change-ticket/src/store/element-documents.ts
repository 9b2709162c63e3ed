import type { AnyBulkWriteOperation } from 'mongodb';
import type { OrderInventory } from '../domain/order-snapshots';
import type { InventoryElement } from '../domain/types';
import type { ElementDocument } from './inventory-store';

/** What an order snapshot says of one of its elements (RDS changes made since are kept: `rdsAdjustment`). */
const fromOrder = (element: InventoryElement, snapshot: OrderInventory) => ({
  accountId: element.accountId,
  perimeterId: element.perimeterId,
  perimeterName: snapshot.perimeter.name,
  kind: element.kind,
  name: element.name,
  contractNumber: element.contractNumber,
  orderNumber: element.orderNumber,
  rdsFromOrder: element.rdsLicences,
  status: snapshot.cancelled ? ('retired' as const) : ('active' as const),
  searchText: `${element.name} ${element.id}`.toLowerCase(),
});

const firstSeen = { rdsAdjustment: 0, appliedRequestIds: [], rdsVersion: 0 };

/** An element of an order seen for the first time, for a bulk insert. */
export const newElement = (element: InventoryElement, snapshot: OrderInventory): ElementDocument => ({
  _id: element.id,
  ...fromOrder(element, snapshot),
  ...firstSeen,
});

/** An element of an order seen before (or that existed after all): its order fields set, RDS changes kept. */
export const elementUpsert = (
  element: InventoryElement,
  snapshot: OrderInventory,
): AnyBulkWriteOperation<ElementDocument> => ({
  updateOne: {
    filter: { _id: element.id },
    update: { $set: fromOrder(element, snapshot), $setOnInsert: firstSeen },
    upsert: true,
  },
});
