import type { Collection } from 'mongodb';
import type { EdgeReads } from '@portal/platform';
import type { InventoryElement } from '../domain/types';
import type { Perimeter } from '../domain/inventory-from-orders';
import { newestPerOrder, type OrderInventory, orderChanges, supersedes } from '../domain/order-snapshots';
import { bulkInChunks, insertNew } from '@portal/platform';
import { elementUpsert } from './element-documents';
import { insertNewOrders } from './new-orders';
import { PerimeterBatch } from './perimeter-batch';
import type { PerimeterIndex, PerimeterView } from './perimeter-index';

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

/** What the inventory knows of one order: the snapshot revision applied, and the elements and perimeter it gave. */
export interface OrderDocument {
  _id: string;
  revision: number;
  elementIds?: string[];
  /** Every perimeter the order's elements were in (an order can move to another contract). */
  perimeterIds?: string[];
}

/**
 * Inventory elements ("éléments de parc") projected from order events and the demo seed. Every access is by `_id`
 * (element ids are `<order>-<line>`, the order's document lists them, the perimeter index lists a perimeter's), so
 * applying an order or reading a perimeter costs the same however large the inventory grows.
 */
export class InventoryStore {
  constructor(
    private readonly elements: Collection<ElementDocument>,
    private readonly orders: Collection<OrderDocument>,
    private readonly index: PerimeterIndex,
    /** The elements on the read pool: what routes and use cases read (never queued behind ingestion). */
    private readonly reads: Collection<ElementDocument> = elements,
    /** Cached by-`_id` reads of elements for routes: every element write below tells it (`changed`). */
    private readonly edgeReads?: EdgeReads,
    /** The order documents on the read pool: loaded there so ingestion's reads do not queue behind its writes. */
    private readonly orderReads: Collection<OrderDocument> = orders,
  ) {}

  async ensureIndexes(): Promise<void> {
    await this.elements.createIndex({ orderNumber: 1 }); // the one-time rebuild of documents from before the index
  }

  /** Builds the perimeter index and order documents once for an inventory stored before they existed. */
  async rebuildIndexIfMissing(): Promise<void> {
    await this.index.splitLegacyPerimeters();
    if (await this.index.isEmpty()) {
      const byPerimeter = new Map<string, { perimeter: Perimeter; elements: ElementDocument[] }>();
      for await (const doc of this.elements.find({})) {
        const entry = byPerimeter.get(doc.perimeterId) ?? {
          perimeter: { id: doc.perimeterId, accountId: doc.accountId, name: doc.perimeterName },
          elements: [],
        };
        entry.elements.push(doc);
        byPerimeter.set(doc.perimeterId, entry);
      }
      for (const { perimeter, elements } of byPerimeter.values())
        await this.index.record(perimeter, elements.map(summaryOf));
    }
  }

  async get(id: string): Promise<InventoryElement | null> {
    const doc = this.edgeReads ? await this.edgeReads.byId(this.reads, id) : await this.reads.findOne({ _id: id });
    return doc ? toElement(doc) : null;
  }

  /** Revision of the order snapshot last applied (-1 when none). */
  async orderRevision(orderNumber: string): Promise<number> {
    return (await this.orders.findOne({ _id: orderNumber }))?.revision ?? -1;
  }

  /**
   * Applies order snapshots together (a Kafka batch's worth): of each order the newest snapshot, if newer than the
   * revision applied. New orders are not read: their elements are inserted first, and an order none of whose
   * elements existed was never applied (an element exists once a revision holding its line was, and revisions come
   * in order per order), see `insertNewOrders`. The others are read by `_id` on the read pool, with the elements
   * they retire. Then bulk writes: elements, perimeter pages, and last the orders' revisions, so a stop
   * half-way is redone by the redelivery (every write is idempotent). Answers the orders applied.
   */
  async applyOrders(snapshots: OrderInventory[]): Promise<string[]> {
    const newest = newestPerOrder(snapshots);
    const {
      elementsInserted: assumedNew,
      recorded,
      existedIds,
    } = await insertNewOrders(this.elements, this.orders, newest);
    const known = newest.filter((s) => !assumedNew.has(s) && !recorded.has(s));
    const stored = await Promise.all(known.map((s) => this.orderReads.findOne({ _id: s.orderNumber })));
    const work = await Promise.all(
      [
        ...known.map((snapshot, i) => ({ snapshot, stored: stored[i] ?? null })),
        ...[...assumedNew].map((snapshot) => ({ snapshot, stored: null })),
      ]
        .filter(({ snapshot, stored }) => supersedes(stored, snapshot))
        .map(async ({ snapshot, stored }) => {
          const elementIds = stored
            ? (stored.elementIds ?? (await this.idsFromBeforeTheIndex(snapshot.orderNumber)))
            : [];
          const applied = stored && { revision: stored.revision, elementIds, perimeterIds: stored.perimeterIds ?? [] };
          return { snapshot, fresh: !stored, changes: orderChanges(applied, snapshot) };
        }),
    );
    if (work.length === 0) return [...recorded].map((s) => s.orderNumber);
    const retired = (
      await Promise.all(work.flatMap((w) => w.changes.retiredIds).map((id) => this.reads.findOne({ _id: id })))
    ).filter((doc): doc is ElementDocument => doc !== null && doc.status !== 'retired');

    // The elements that did not exist were inserted by insertNewOrders; the others take this snapshot's fields.
    await bulkInChunks(this.elements, [
      ...work.flatMap(({ snapshot }) =>
        snapshot.elements.filter((e) => existedIds.has(e.id)).map((e) => elementUpsert(e, snapshot)),
      ),
      ...retired.map((doc) => ({
        updateOne: { filter: { _id: doc._id }, update: { $set: { status: 'retired' as const } } },
      })),
    ]);
    for (const { snapshot } of work) for (const e of snapshot.elements) this.edgeReads?.changed(this.elements, e.id);
    for (const doc of retired) this.edgeReads?.changed(this.elements, doc._id);

    const perimeters = new PerimeterBatch();
    for (const { snapshot, changes } of work) {
      for (const other of changes.leftPerimeterIds)
        for (const e of snapshot.elements) perimeters.add(other, null, e.id, null);
      for (const e of snapshot.elements)
        perimeters.add(snapshot.perimeter.id, snapshot.perimeter, e.id, { kind: e.kind, active: !snapshot.cancelled });
    }
    for (const doc of retired)
      perimeters.add(doc.perimeterId, perimeterOfDoc(doc), doc._id, { kind: doc.kind, active: false });
    await Promise.all(perimeters.map((id, perimeter, changes) => this.index.change(id, perimeter, changes)));

    const orderDocs = work.map(({ snapshot, changes }) => ({ _id: snapshot.orderNumber, ...changes.remembered }));
    const orderExisted = new Set(
      await insertNew(
        this.orders,
        orderDocs.filter((_, i) => work[i]!.fresh),
      ),
    );
    // Assumed new but the order was applied before (its earlier revisions gave no element in common with this one):
    // applied again through the read path, which compares revisions (its elements exist now, so it is read).
    const seenAfterAll = work.filter((w) => assumedNew.has(w.snapshot) && orderExisted.has(w.snapshot.orderNumber));
    await bulkInChunks(
      this.orders,
      orderDocs
        .filter((doc, i) => !work[i]!.fresh || (orderExisted.has(doc._id) && !assumedNew.has(work[i]!.snapshot)))
        .map(({ _id, revision, elementIds, perimeterIds }) => ({
          updateOne: {
            filter: { _id },
            update: { $set: { elementIds, perimeterIds }, $max: { revision } },
            upsert: true,
          },
        })),
    );
    const again = seenAfterAll.length ? await this.applyOrders(seenAfterAll.map((w) => w.snapshot)) : [];
    const appliedHere = [...recorded, ...work.filter((w) => !seenAfterAll.includes(w)).map((w) => w.snapshot)];
    return [...appliedHere.map((s) => s.orderNumber), ...again];
  }

  /** Seeds an element as is (demo data); leaves an existing one alone. */
  async seed(element: InventoryElement, perimeterName: string): Promise<void> {
    const { id, rdsLicences, ...rest } = element;
    const result = await this.elements.updateOne(
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
    this.edgeReads?.changed(this.elements, id);
    if (result.upsertedCount > 0)
      await this.index.record({ id: element.perimeterId, accountId: element.accountId, name: perimeterName }, [
        { id, kind: element.kind, active: element.status === 'active' },
      ]);
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
      this.edgeReads?.changed(this.elements, elementId);
      if (result.matchedCount === 1) return;
    }
    throw new Error(`element ${elementId}: too many concurrent RDS changes`);
  }

  async perimeterOf(perimeterId: string): Promise<{ id: string; accountId: string; name: string } | null> {
    const doc = await this.index.perimeter(perimeterId);
    return doc ? { id: doc._id, accountId: doc.accountId, name: doc.name } : null;
  }

  /** Perimeters of the accounts, each with its number of active elements, sorted by id. */
  async perimeters(accountIds: string[]): Promise<PerimeterView[]> {
    return this.index.ofAccounts(accountIds);
  }

  /**
   * Active elements of a perimeter, by id after the cursor (limit + 1, so the caller knows whether more follow);
   * `search` matches name or id as plain text, filtered here so client input never becomes a query operator.
   * Candidates come from the perimeter index; only a page's worth of elements is read, by `_id`.
   */
  async list(
    perimeterId: string,
    options: { search?: string; kinds?: string[]; after?: string; limit: number },
  ): Promise<InventoryElement[]> {
    const head = await this.index.perimeter(perimeterId);
    if (!head) return [];
    const needle = options.search?.trim().toLowerCase();
    const found: InventoryElement[] = [];
    for await (const candidates of this.index.activeIds(head, options)) {
      for (let i = 0; i < candidates.length && found.length <= options.limit; i += options.limit + 1) {
        const chunk = candidates.slice(i, i + options.limit + 1);
        const docs = await Promise.all(chunk.map((id) => this.reads.findOne({ _id: id })));
        for (const d of docs)
          if (d && d.status === 'active' && d.perimeterId === perimeterId && (!needle || d.searchText.includes(needle)))
            found.push(toElement(d));
      }
      if (found.length > options.limit) break;
    }
    return found.slice(0, options.limit + 1);
  }

  /** An order applied before order documents listed their elements: found once by a scan. */
  private async idsFromBeforeTheIndex(orderNumber: string): Promise<string[]> {
    const docs = await this.elements.find({ orderNumber }, { projection: { _id: 1 } }).toArray();
    return docs.map((d) => d._id);
  }
}

const summaryOf = (doc: ElementDocument) => ({ id: doc._id, kind: doc.kind, active: doc.status === 'active' });
const perimeterOfDoc = (doc: ElementDocument): Perimeter => ({
  id: doc.perimeterId,
  accountId: doc.accountId,
  name: doc.perimeterName,
});
