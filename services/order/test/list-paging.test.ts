/**
 * Lists page through more than 1,000 records, each record exactly once and in order (#14): the pages are read by
 * keyset from the database (sorted by a unique order, limit + 1, cursor = last key), not cut from an unsorted
 * `.limit(1000)` read. The stores are seeded directly with bulk inserts of states the domain built (fast), noise
 * included (another account, offline and old orders) that must never show. Invoices and upgrade requests:
 * list-paging-invoices-requests.test.ts.
 */
import { ManualClock, type RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { recordContractFact } from '../src/domain/contract';
import { orderService } from '../src/service';
import { acme, createEnv, role } from './helpers';
import { allPages, COUNT, DAY, doc, MINUTE, now, ORDER_LINES, pad, salesOrder, source } from './paging-seed';

describe('order service: order and contract lists page through every record (2,500 each)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let olivia: string;
  const expectedOrders: string[] = [];

  beforeAll(async () => {
    env = await createEnv('order-paging');
    svc = await env.start(orderService, { clock: new ManualClock(now) });
    await env.account(acme, { features: ['invoicing-reports'] });
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [role('buyer')] });

    // Inserted out of key order; five orders share each instant (ties by number).
    const orders = [];
    for (let n = 0; n < COUNT; n++) {
      const i = (n * 7919) % COUNT;
      const placedAt = new Date(now.getTime() - Math.floor(i / 5) * MINUTE);
      orders.push(salesOrder(`SO-P${pad(i)}`, acme, placedAt, `W-${pad(i)}`));
    }
    expectedOrders.push(...Array.from({ length: COUNT }, (_, i) => `SO-P${pad(i)}`));
    for (let i = 0; i < 20; i++) {
      orders.push(salesOrder(`SO-X${pad(i)}`, 'acc-other', now, `W-X${i}`)); // another account
      orders.push(salesOrder(`SO-F${pad(i)}`, acme, now, null)); // placed by phone
      orders.push(salesOrder(`SO-O${pad(i)}`, acme, new Date(now.getTime() - 40 * DAY), `W-O${i}`)); // old
    }
    const contracts = Array.from({ length: COUNT }, (_, n) => {
      const c = `C-P${pad((n * 7919) % COUNT)}`;
      const activated = { kind: 'activated' as const, freeChangesPerMonth: 1, description: null };
      const term = { startDate: '2026-01-01', endDate: '2027-12-31' };
      return doc(c, recordContractFact(null, c, { ...activated, term }, source(acme, c))!.state);
    });
    await Promise.all([
      svc.kit.db.collection('sales_orders').insertMany(orders as never[]),
      svc.kit.db.collection('contracts').insertMany(contracts as never[]),
    ]);
  }, 300_000);
  afterAll(async () => env?.close());

  it('Given 2,500 recent online orders (five per instant) and noise, When paged, Then each shows once, newest first then by number', async () => {
    const items = await allPages(env, svc, olivia, '/recent-orders');
    expect(items.map((o) => o.orderNumber)).toEqual(expectedOrders);
    expect(items[0]).toMatchObject({ lineCount: ORDER_LINES.length, total: { currency: 'EUR' } });
  }, 1_200_000);

  it("Given 2,540 orders under one contract, When the contract's orders are paged, Then each shows once, by number", async () => {
    const items = await allPages(env, svc, olivia, '/contracts/C-ACME/sales-orders');
    const expected = [...expectedOrders, ...Array.from({ length: 20 }, (_, i) => [`SO-F${pad(i)}`, `SO-O${pad(i)}`])]
      .flat()
      .sort();
    expect(items.map((o) => o.orderNumber)).toEqual(expected);
  }, 1_200_000);

  it('Given 2,500 contracts, When paged, Then each shows once, by contract number', async () => {
    const items = await allPages(env, svc, olivia, '/contracts');
    expect(items.map((c) => c.contractNumber)).toEqual(Array.from({ length: COUNT }, (_, i) => `C-P${pad(i)}`));
  }, 600_000);
});
