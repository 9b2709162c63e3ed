import type { RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { orderService } from '../src/service';
import { acme, applied, bearer, createEnv, distinct, getWhen, operations } from './helpers';

describe('order service: restart on the same database', () => {
  let env: TestEnv;
  let svc: RunningService;
  let olivia: string;
  const database = () => `${env.topicPrefix.replace(/\.$/, '')}-order`.slice(0, 60);

  beforeAll(async () => {
    env = await createEnv('order-restart');
    svc = await env.start(orderService);
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [operations()] });
  });
  afterAll(async () => env?.close());

  it('Given a consumed order, When the service restarts, Then the order is still served, replays change nothing and new facts go on', async () => {
    const out = env.probe('order.events.v1');
    const booked = env.erp.salesOrderBooked(acme, { orderNumber: 'SO-RST' });
    await env.publish([booked]);
    await out.waitFor((e) => e.aggregateId === 'SO-RST');

    await env.stop(svc);
    const shipped = env.erp.salesOrderShipped(acme, 'SO-RST');
    await env.publish([booked, shipped]); // the booking again (a redelivery) and a new fact, while the service is down
    svc = await env.start(orderService, { database: database() });

    await applied(svc, 'sales_orders', shipped);
    const { body } = await getWhen(env, svc, olivia, '/sales-orders/SO-RST', (r) => r.body?.status === 'shipped');
    expect(body).toMatchObject({ orderNumber: 'SO-RST', shipped: true });
    await out.waitFor((e) => e.aggregateId === 'SO-RST' && e.eventType === 'SalesOrderUpdated');
    expect(distinct(out.events.filter((e) => e.aggregateId === 'SO-RST')).map((e) => e.eventType)).toEqual([
      'SalesOrderRecorded',
      'SalesOrderUpdated',
    ]);
    expect((await env.http(svc).get('/sales-orders/SO-RST').set(bearer(olivia))).status).toBe(200);
  });
});
