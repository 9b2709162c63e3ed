import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type { Collection } from 'mongodb';
import { BookedOrder, elementsFromOrder, OrderLine, perimeterOf } from '../src/domain/inventory-from-orders';
import type { OrderInventory } from '../src/domain/order-snapshots';
import { loadCatalogFile } from '../src/store/catalog-file';
import { ElementDocument, InventoryStore, toElement } from '../src/store/inventory-store';
import { PerimeterIndex } from '../src/store/perimeter-index';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const skus = ['FE-COMPUTE', 'FE-STORAGE', 'MS-BACKUP', 'RDS-CAL', 'HW-SERVER'];
const kinds: Record<string, OrderLine['kind']> = {
  'FE-COMPUTE': 'service',
  'FE-STORAGE': 'subscription',
  'MS-BACKUP': 'service',
  'RDS-CAL': 'software',
  'HW-SERVER': 'hardware',
};

describe('inventory store: key lookups give the answers the collection scans gave', () => {
  let db: mongoose.Connection;
  let elements: Collection<ElementDocument>;
  let inventory: InventoryStore;
  const catalogs = loadCatalogFile();

  beforeAll(async () => {
    const dbName = `t-inventory-${randomBytes(3).toString('hex')}`;
    db = await mongoose.createConnection(process.env.MONGO_URL!, { dbName }).asPromise();
    const collection = <T extends object>(name: string) => db.collection(name) as unknown as Collection<T>;
    elements = collection('inventory_elements');
    inventory = new InventoryStore(
      elements,
      collection('order_revisions'),
      new PerimeterIndex(
        {
          heads: collection('inventory_perimeters'),
          pages: collection('inventory_perimeter_pages'),
          accounts: collection('inventory_account_perimeters'),
        },
        undefined,
        undefined,
        4, // pages of 4 elements: the orders below split pages again and again
      ),
    );
  });
  afterAll(async () => {
    await db.dropDatabase();
    await db.close();
  });

  // What the store answered before, straight from the elements collection (filters FerretDB answers by a scan).
  const scannedPerimeters = async (accountIds: string[]) => {
    const docs = await elements.find({ accountId: { $in: accountIds } }).toArray();
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
  };
  const scannedList = async (
    perimeterId: string,
    o: { search?: string; kinds?: string[]; after?: string; limit: number },
  ) => {
    const filter: Record<string, unknown> = { perimeterId, status: 'active' };
    if (o.kinds) filter.kind = { $in: o.kinds };
    if (o.after) filter._id = { $gt: o.after };
    const docs = await elements.find(filter).sort({ _id: 1 }).toArray();
    const needle = o.search?.trim().toLowerCase();
    return docs
      .filter((d) => !needle || d.searchText.includes(needle))
      .slice(0, o.limit + 1)
      .map(toElement);
  };

  it('given many orders with later revisions, dropped lines, cancellations and contract moves, then perimeters and element lists match the scans', async () => {
    const next = random(42);
    const accounts = ['acc-a', 'acc-b', 'acc-c'];
    const contracts = (accountId: string) => [null, `CT-${accountId}-1`, `CT-${accountId}-2`];
    const orders = new Map<string, BookedOrder>();
    const cut = random(7);
    const batch: OrderInventory[] = [];
    const history: OrderInventory[] = [];
    for (let step = 0; step < 160; step++) {
      const orderNumber = `SO-${next(60)}`;
      const previous = orders.get(orderNumber);
      const accountId = previous?.accountId ?? accounts[next(accounts.length)]!;
      const lines: OrderLine[] = Array.from({ length: 1 + next(4) }, () => {
        const sku = skus[next(skus.length)]!;
        return {
          lineNumber: 1 + next(5),
          sku,
          kind: kinds[sku]!,
          description: `${sku} item ${next(9)}`,
          quantity: 1 + next(20),
        };
      }).filter((l, i, all) => all.findIndex((o) => o.lineNumber === l.lineNumber) === i);
      const contractNumber = previous && next(5) > 0 ? previous.contractNumber : contracts(accountId)[next(3)]!;
      const order = { orderNumber, accountId, contractNumber, lines };
      orders.set(orderNumber, order);
      batch.push({
        orderNumber,
        revision: step,
        elements: elementsFromOrder(order, catalogs),
        perimeter: perimeterOf(accountId, contractNumber),
        cancelled: next(10) === 0,
      });
      history.push(batch[batch.length - 1]!);
      // Applied in batches of 1 to ~8 snapshots, as Kafka hands them over (an order may come twice in one).
      if (cut(4) === 0 || step === 159) await inventory.applyOrders(batch.splice(0));
    }

    for (const subset of [['acc-a'], ['acc-b', 'acc-c'], accounts, ['acc-none']])
      expect(await inventory.perimeters(subset)).toEqual(await scannedPerimeters(subset));
    const perimeterIds = (await inventory.perimeters(accounts)).map((p) => p.id);
    expect(perimeterIds.length).toBeGreaterThan(3);
    for (const perimeterId of perimeterIds) {
      const all = await scannedList(perimeterId, { limit: 1000 });
      const queries = [
        { limit: 1000 },
        { limit: 3 },
        { limit: 2, after: all[1]?.id },
        { limit: 50, kinds: ['flexible-engine-service'] },
        { limit: 50, search: 'storage' },
        { limit: 1, search: 'so-1' },
      ];
      for (const query of queries)
        expect(await inventory.list(perimeterId, query)).toEqual(await scannedList(perimeterId, query));
      expect(await inventory.perimeterOf(perimeterId)).toMatchObject({ id: perimeterId });
    }
    expect(await inventory.orderRevision('SO-nothing')).toBe(-1);

    // Replayed from the start (a consumer group reset): every snapshot is older than or equal to what was applied,
    // so nothing changes, whether its elements all exist or it has none.
    const before = {
      elements: await elements.find().sort({ _id: 1 }).toArray(),
      perimeters: await inventory.perimeters(accounts),
    };
    for (let i = 0; i < history.length; i += 1 + cut(8)) await inventory.applyOrders(history.slice(i, i + 1 + cut(8)));
    expect(await elements.find().sort({ _id: 1 }).toArray()).toEqual(before.elements);
    expect(await inventory.perimeters(accounts)).toEqual(before.perimeters);
  });

  it('given an order first booked with no inventory line, when a later revision adds one, then it is applied once, and the replayed first revision changes nothing', async () => {
    const software = { lineNumber: 1, sku: 'RDS-CAL', kind: 'software' as const, description: 'RDS CAL', quantity: 5 };
    const service = { lineNumber: 2, sku: 'FE-COMPUTE', kind: 'service' as const, description: 'Compute', quantity: 1 };
    const snapshot = (revision: number, lines: OrderLine[]): OrderInventory => {
      const order = { orderNumber: 'SO-LATE-LINE', accountId: 'acc-late', contractNumber: 'CT-LATE', lines };
      const perimeter = perimeterOf(order.accountId, order.contractNumber);
      return {
        orderNumber: order.orderNumber,
        revision,
        elements: elementsFromOrder(order, catalogs),
        perimeter,
        cancelled: false,
      };
    };
    expect(await inventory.applyOrders([snapshot(1, [software])])).toEqual(['SO-LATE-LINE']);
    // Every element of revision 2 is new: the order is assumed new, found applied before, and applied by revision.
    expect(await inventory.applyOrders([snapshot(2, [software, service])])).toEqual(['SO-LATE-LINE']);
    expect(await inventory.orderRevision('SO-LATE-LINE')).toBe(2);
    expect(await inventory.applyOrders([snapshot(1, [software])])).toEqual([]);
    const [perimeter] = await inventory.perimeters(['acc-late']);
    expect(perimeter).toMatchObject({ elementCount: 1 });
    expect((await inventory.list(perimeter!.id, { limit: 10 })).map((e) => e.id)).toEqual(['SO-LATE-LINE-2']);
  });

  it('given a perimeter stored as one document (before pages), when the service starts, then it is split into pages listing the same elements', async () => {
    const legacy = (n: number) => `SO-L${String(n).padStart(2, '0')}-1`;
    const ids = Array.from({ length: 11 }, (_, i) => legacy(i));
    await db.collection('inventory_perimeters').insertOne({
      _id: 'CT-LEGACY' as never,
      accountId: 'acc-l',
      name: 'Contract CT-LEGACY',
      elements: Object.fromEntries(ids.map((id, i) => [id, { kind: 'managed-service', active: i !== 3 }])),
    });
    await db
      .collection('inventory_account_perimeters')
      .insertOne({ _id: 'acc-l' as never, perimeterIds: ['CT-LEGACY'] });
    await elements.insertMany(
      ids.map((id, i) => ({
        _id: id,
        accountId: 'acc-l',
        perimeterId: 'CT-LEGACY',
        perimeterName: 'Contract CT-LEGACY',
        kind: 'managed-service',
        name: `Legacy ${id}`,
        contractNumber: 'CT-LEGACY',
        orderNumber: id.slice(0, -2),
        rdsFromOrder: 0,
        rdsAdjustment: 0,
        rdsVersion: 0,
        status: i === 3 ? ('retired' as const) : ('active' as const),
        searchText: `legacy ${id}`.toLowerCase(),
      })),
    );
    await inventory.rebuildIndexIfMissing();
    await inventory.rebuildIndexIfMissing(); // a second start finds nothing left to split
    const head = await db.collection('inventory_perimeters').findOne({ _id: 'CT-LEGACY' as never });
    expect(head!.elements).toBeUndefined();
    expect(head!.pages.length).toBeGreaterThan(2);
    expect(await inventory.perimeters(['acc-l'])).toEqual(await scannedPerimeters(['acc-l']));
    for (const query of [{ limit: 100 }, { limit: 2 }, { limit: 3, after: legacy(4) }])
      expect(await inventory.list('CT-LEGACY', query)).toEqual(await scannedList('CT-LEGACY', query));
  });
});
