import type { Envelope } from '@portal/contracts';
import { ManualClock, type RunningService } from '@portal/platform';
import type { TestEnv, TopicProbe } from '@portal/platform/src/testing';
import { orderService } from '../src/service';
import { acme, createEnv, getWhen, role } from './helpers';

/** The aggregate collections the demo seed writes, and each document's version: a second seed must change none. */
const SEEDED = ['contracts', 'catalog_products', 'sales_orders', 'invoices'];
async function versions(svc: RunningService): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const name of SEEDED)
    for (const doc of await svc.kit.db
      .collection(name)
      .find({}, { projection: { version: 1 } })
      .toArray())
      found.set(`${name}/${String(doc._id)}`, doc.version as number);
  return found;
}

describe('order service demo seed (DEMO_SEED=true, the platform hook)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let events: TopicProbe;
  let olivia: string;
  const clock = new ManualClock(new Date('2026-11-22T09:00:00.000Z'));

  beforeAll(async () => {
    env = await createEnv('order-seed');
    events = env.probe('order.events.v1');
    await env.account(acme, { features: ['invoicing-reports'] });
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [role('buyer')] });
    svc = await env.start(orderService, { clock, demoSeed: true });
  });
  afterAll(async () => env?.close());

  it('Given a start with the demo seed, When the demo user asks, Then the demo orders are there and their snapshots are published', async () => {
    // The caller's account reaches the service's access directory through account.events.v1: wait for the list.
    const recent = await getWhen(
      env,
      svc,
      olivia,
      '/recent-orders',
      (r) => r.status === 200 && r.body.items.length >= 2,
    );
    expect(recent.body.items.map((o: { orderNumber: string }) => o.orderNumber)).toEqual(['SO-1001', 'SO-1002']);
    const recorded = await events.waitFor<Envelope<'SalesOrderRecorded'>>(
      (e) => e.eventType === 'SalesOrderRecorded' && e.aggregateId === 'SO-1001',
    );
    expect(recorded.payload.webOrderNumber).toBe('W-1001');
  });

  it('Given the seed was applied, When the service starts with it again, Then nothing is decided twice', async () => {
    const before = await versions(svc);
    expect(before.size).toBeGreaterThan(0);
    await env.stop(svc);
    svc = await env.start(orderService, { clock, demoSeed: true });
    expect(await versions(svc)).toEqual(before);
  });
});
