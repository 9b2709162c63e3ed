import type { RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { orderService } from '../src/service';
import { acme, createEnv, distinct, eventually } from './helpers';

describe('order service: bursts of ERP facts on the same orders', () => {
  let env: TestEnv;
  let svc: RunningService;
  beforeAll(async () => {
    env = await createEnv('order-bursts');
    svc = await env.start(orderService);
  });
  afterAll(async () => env?.close());

  it('Given 30 orders each booked and cancelled right after, When consumed, Then every order is stored cancelled and its last snapshot on the topic says so', async () => {
    const out = env.probe('order.events.v1');
    const numbers = Array.from({ length: 30 }, (_, i) => `SO-BURST-${i}`);
    for (const n of numbers) {
      await env.publish([env.erp.salesOrderBooked(acme, { orderNumber: n }), env.erp.salesOrderCancelled(acme, n)]);
      await new Promise((r) => setTimeout(r, 50));
    }
    const stored = await eventually(
      () =>
        svc.kit.db
          .collection('sales_orders')
          .find({ _id: { $in: numbers as never[] } })
          .toArray(),
      (docs) => docs.length === numbers.length && docs.every((d) => (d as { cancelledAt?: Date | null }).cancelledAt),
    );
    // Both facts applied once each (booked and cancelled may land in one batch, hence in one write).
    expect(stored.every((d) => (d.appliedEventIds as string[]).length === 2)).toBe(true);
    await out.waitFor(() =>
      numbers.every((n) => out.events.some((e) => e.aggregateId === n && e.eventType === 'SalesOrderUpdated')),
    );
    for (const n of numbers) {
      const events = distinct(out.events.filter((e) => e.aggregateId === n));
      expect(events.map((e) => [e.eventType, (e.payload as { status: string }).status])).toEqual([
        ['SalesOrderRecorded', 'booked'],
        ['SalesOrderUpdated', 'cancelled'],
      ]);
    }
  });
});
