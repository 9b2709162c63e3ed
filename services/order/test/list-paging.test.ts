/**
 * Lists page through more than 1,000 records, each record exactly once and in order (#14): the pages are read by
 * keyset from the database (sorted by a unique key, limit + 1, cursor = last key), not cut from an unsorted
 * `.limit(1000)` read. The stores are seeded directly with bulk inserts of states the domain built (fast), noise
 * included (another account, offline and old orders) that must never show.
 */
import { ManualClock, type RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { address, lines } from '../src/domain/__fixtures__/upgrade';
import { recordContractFact } from '../src/domain/contract';
import { recordInvoiceFact } from '../src/domain/invoice';
import { recordSalesOrderFact } from '../src/domain/sales-order';
import { orderService } from '../src/service';
import { acme, bearer, createEnv, role, type Json } from './helpers';

const COUNT = 2_500;
/**
 * Orders and invoices are fewer (still several pages, with ties on the instant): on the shared FerretDB each page of a
 * filtered, sorted list decodes and sorts the whole collection, which for 2,500 sales orders (about 2 KB each) takes
 * minutes per page on a loaded machine; the keyset code is the same for every list, contracts take the 2,500.
 */
const FEWER = 250;
const MINUTE = 60_000;
const now = new Date('2026-11-22T09:00:00.000Z');
const pad = (i: number) => String(i).padStart(5, '0');
const source = (accountId: string, id: string) => ({ eventId: `seed-${id}`, occurredAt: now, accountId });
const doc = (id: string, state: object) => ({
  _id: id,
  version: 1,
  outbox: [],
  outboxPendingSince: null,
  appliedEventIds: [`seed-${id}`],
  ...state,
});

/** An online order of `accountId` placed `minutesAgo` before now (five orders share each instant: ties by number). */
function salesOrder(orderNumber: string, accountId: string, placedAt: Date, webOrderNumber: string | null) {
  const booked = {
    kind: 'booked' as const,
    webOrderNumber,
    contractNumber: accountId === acme ? 'C-ACME' : 'C-OTHER',
    placedAt,
  };
  const fact = { ...booked, currency: 'EUR', lines, shipTo: address, term: null };
  const ids = { resellerAccountId: null, upgradeRequestId: null, purchaseAuthorizationId: null };
  return doc(
    orderNumber,
    recordSalesOrderFact(null, orderNumber, { ...fact, ...ids }, source(accountId, orderNumber))!.state,
  );
}

describe('order service: lists page through every record (2,500 contracts)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let olivia: string;
  const expectedOrders: string[] = [];

  beforeAll(async () => {
    env = await createEnv('order-paging');
    svc = await env.start(orderService, { clock: new ManualClock(now) });
    await env.account(acme, { features: ['invoicing-reports'] });
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [role('buyer')] });

    const orders = [];
    for (let i = 0; i < FEWER; i++) {
      const placedAt = new Date(now.getTime() - Math.floor(i / 5) * MINUTE);
      orders.push(salesOrder(`SO-P${pad(i)}`, acme, placedAt, `W-${pad(i)}`));
      expectedOrders.push(`SO-P${pad(i)}`);
    }
    for (let i = 0; i < 20; i++) {
      orders.push(salesOrder(`SO-X${pad(i)}`, 'acc-other', now, `W-X${i}`)); // another account
      orders.push(salesOrder(`SO-F${pad(i)}`, acme, now, null)); // placed by phone
      orders.push(salesOrder(`SO-O${pad(i)}`, acme, new Date(now.getTime() - 40 * 24 * 60 * MINUTE), `W-O${i}`)); // old
    }
    const contracts = Array.from({ length: COUNT }, (_, i) => {
      const n = `C-P${pad(i)}`;
      const activated = { kind: 'activated' as const, freeChangesPerMonth: 1, description: null };
      const term = { startDate: '2026-01-01', endDate: '2027-12-31' };
      return doc(n, recordContractFact(null, n, { ...activated, term }, source(acme, n))!.state);
    });
    const invoices = Array.from({ length: FEWER }, (_, i) => {
      const n = `INV-P${pad(i)}`;
      const issuedOn = new Date(now.getTime() - Math.floor(i / 10) * 24 * 60 * MINUTE).toISOString().slice(0, 10);
      const issued = { kind: 'issued' as const, orderNumber: null, issuedOn, dueOn: '2027-01-31' };
      const fact = { ...issued, amount: { amountMinor: 100, currency: 'EUR' } };
      return doc(n, recordInvoiceFact(null, n, fact, source(acme, n))!.state);
    });
    await Promise.all([
      svc.kit.db.collection('sales_orders').insertMany(orders as never[]),
      svc.kit.db.collection('contracts').insertMany(contracts as never[]),
      svc.kit.db.collection('invoices').insertMany(invoices as never[]),
    ]);
  }, 300_000);
  afterAll(async () => env?.close());

  /** Every page of a list, following nextCursor to the end. */
  async function allPages(path: string): Promise<Json[]> {
    const items: Json[] = [];
    let cursor: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const url: string = `${path}${sep}limit=100${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await env.http(svc).get(url).set(bearer(olivia));
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(100);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return items;
  }

  it('Given 250 recent online orders (five per instant) and noise, When paged, Then each shows once, newest first then by number', async () => {
    const items = await allPages('/recent-orders');
    expect(items.map((o) => o.orderNumber)).toEqual(expectedOrders);
    expect(items[0]).toMatchObject({ lineCount: lines.length, total: { currency: 'EUR' } });
  }, 600_000);

  it("Given 290 orders under one contract, When the contract's orders are paged, Then each shows once, by number", async () => {
    const items = await allPages('/contracts/C-ACME/sales-orders');
    const expected = [...expectedOrders, ...Array.from({ length: 20 }, (_, i) => [`SO-F${pad(i)}`, `SO-O${pad(i)}`])]
      .flat()
      .sort();
    expect(items.map((o) => o.orderNumber)).toEqual(expected);
  }, 600_000);

  it('Given 2,500 contracts, When paged, Then each shows once, by contract number', async () => {
    const items = await allPages('/contracts');
    expect(items.map((c) => c.contractNumber)).toEqual(Array.from({ length: COUNT }, (_, i) => `C-P${pad(i)}`));
  }, 600_000);

  it('Given 250 invoices (ten per issue day), When paged, Then each shows once, newest issue first then by number', async () => {
    const items = await allPages('/invoices');
    expect(items.map((i) => i.invoiceNumber)).toEqual(Array.from({ length: FEWER }, (_, i) => `INV-P${pad(i)}`));
  }, 600_000);
});
