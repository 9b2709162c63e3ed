import type { Collection } from 'mongodb';
import type { InventoryElement } from '../domain/types';
import type { Perimeter } from '../domain/inventory-from-orders';

/** Stored element: RDS licences kept as "from the order" + "changed by completed requests", so a newer order snapshot never undoes a change. */
export interface ElementDocument {
  _id: string;
  accountId: string;
  perimeterId: string;
  perimeterName: string;
  kind: string;
  name: string;
  contractNumber: string | null;
  orderNumber: string | null;
  rdsFromOrder: number;
  rdsAdjustment: number;
  /** Completed requests already applied to rdsAdjustment (idempotency). */
  appliedRequestIds?: string[];
  /** Bumped on every RDS change (optimistic concurrency). */
  rdsVersion: number;
  status: 'active' | 'retired';
  /** Lower-case name and id, for search. */
  searchText: string;
}

export const toElement = (doc: ElementDocument): InventoryElement => ({
  id: doc._id,
  accountId: doc.accountId,
  perimeterId: doc.perimeterId,
  kind: doc.kind,
  name: doc.name,
  contractNumber: doc.contractNumber,
  rdsLicences: Math.max(0, doc.rdsFromOrder + doc.rdsAdjustment),
  orderNumber: doc.orderNumber,
  status: doc.status,
});

/** Inventory elements ("éléments de parc") projected from order events and the demo seed. */
export class InventoryStore {
  constructor(
    private readonly elements: Collection<ElementDocument>,
    private readonly orders: Collection<{ _id: string; revision: number }>,
  ) {}

  async ensureIndexes(): Promise<void> {
    await this.elements.createIndex({ perimeterId: 1, _id: 1 });
    await this.elements.createIndex({ accountId: 1 });
    await this.elements.createIndex({ orderNumber: 1 });
  }

  async get(id: string): Promise<InventoryElement | null> {
    const doc = await this.elements.findOne({ _id: id });
    return doc ? toElement(doc) : null;
  }

  /** Revision of the order snapshot last applied (-1 when none). */
  async orderRevision(orderNumber: string): Promise<number> {
    return (await this.orders.findOne({ _id: orderNumber }))?.revision ?? -1;
  }

  async recordOrderRevision(orderNumber: string, revision: number): Promise<void> {
    const current = await this.orderRevision(orderNumber);
    if (current < revision) await this.orders.updateOne({ _id: orderNumber }, { $set: { revision } }, { upsert: true });
  }

  /** Upserts the elements an order brings (keeping RDS changes made since) and retires its elements no longer there. */
  async replaceOrderElements(
    orderNumber: string,
    elements: InventoryElement[],
    perimeter: Perimeter,
    cancelled: boolean,
  ): Promise<void> {
    for (const element of elements) {
      await this.elements.updateOne(
        { _id: element.id },
        {
          $set: {
            accountId: element.accountId,
            perimeterId: element.perimeterId,
            perimeterName: perimeter.name,
            kind: element.kind,
            name: element.name,
            contractNumber: element.contractNumber,
            orderNumber: element.orderNumber,
            rdsFromOrder: element.rdsLicences,
            status: cancelled ? 'retired' : 'active',
            searchText: `${element.name} ${element.id}`.toLowerCase(),
          },
          $setOnInsert: { rdsAdjustment: 0, appliedRequestIds: [], rdsVersion: 0 },
        },
        { upsert: true },
      );
    }
    const kept = new Set(elements.map((e) => e.id));
    for (const gone of await this.elements.find({ orderNumber }, { projection: { _id: 1 } }).toArray()) {
      if (!kept.has(gone._id)) await this.elements.updateOne({ _id: gone._id }, { $set: { status: 'retired' } });
    }
  }

  /** Seeds an element as is (demo data); leaves an existing one alone. */
  async seed(element: InventoryElement, perimeterName: string): Promise<void> {
    const { id, rdsLicences, ...rest } = element;
    await this.elements.updateOne(
      { _id: id },
      {
        $setOnInsert: {
          ...rest,
          perimeterName,
          rdsFromOrder: rdsLicences,
          rdsAdjustment: 0,
          appliedRequestIds: [],
          rdsVersion: 0,
          searchText: `${element.name} ${id}`.toLowerCase(),
        },
      },
      { upsert: true },
    );
  }

  /** Moves the RDS licences held by a completed request's delta, once per request. */
  async applyRdsChange(elementId: string, requestId: string, delta: number): Promise<void> {
    if (delta === 0) return;
    for (let attempt = 0; attempt < 20; attempt++) {
      const doc = await this.elements.findOne({ _id: elementId });
      // FerretDB drops empty arrays written by $setOnInsert: a missing list is an empty one.
      const applied = doc?.appliedRequestIds ?? [];
      if (!doc || applied.includes(requestId)) return;
      // Guarded by the value read (no $ne on arrays on FerretDB): a concurrent change makes us read again.
      const result = await this.elements.updateOne(
        { _id: elementId, rdsVersion: doc.rdsVersion },
        {
          $set: {
            rdsAdjustment: doc.rdsAdjustment + delta,
            appliedRequestIds: [...applied, requestId],
            rdsVersion: doc.rdsVersion + 1,
          },
        },
      );
      if (result.matchedCount === 1) return;
    }
    throw new Error(`element ${elementId}: too many concurrent RDS changes`);
  }

  async perimeterOf(perimeterId: string): Promise<{ id: string; accountId: string; name: string } | null> {
    const doc = await this.elements.findOne({ perimeterId });
    return doc ? { id: doc.perimeterId, accountId: doc.accountId, name: doc.perimeterName } : null;
  }

  /** Perimeters of the accounts, each with its number of active elements, sorted by id. */
  async perimeters(
    accountIds: string[],
  ): Promise<{ id: string; accountId: string; name: string; elementCount: number }[]> {
    const docs = await this.elements
      .find(
        { accountId: { $in: accountIds } },
        { projection: { perimeterId: 1, accountId: 1, perimeterName: 1, status: 1 } },
      )
      .toArray();
    const byId = new Map<string, { id: string; accountId: string; name: string; elementCount: number }>();
    for (const doc of docs) {
      const entry = byId.get(doc.perimeterId) ?? {
        id: doc.perimeterId,
        accountId: doc.accountId,
        name: doc.perimeterName,
        elementCount: 0,
      };
      if (doc.status === 'active') entry.elementCount += 1;
      byId.set(doc.perimeterId, entry);
    }
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /**
   * Active elements of a perimeter, by id after the cursor (limit + 1, so the caller knows whether more follow);
   * `search` matches name or id as plain text, filtered here so client input never becomes a query operator.
   */
  async list(
    perimeterId: string,
    options: { search?: string; kinds?: string[]; after?: string; limit: number },
  ): Promise<InventoryElement[]> {
    const filter: Record<string, unknown> = { perimeterId, status: 'active' };
    if (options.kinds) filter.kind = { $in: options.kinds };
    if (options.after) filter._id = { $gt: options.after };
    const needle = options.search?.trim().toLowerCase();
    const docs = await this.elements.find(filter).sort({ _id: 1 }).toArray();
    return docs
      .filter((d) => !needle || d.searchText.includes(needle))
      .slice(0, options.limit + 1)
      .map(toElement);
  }
}
