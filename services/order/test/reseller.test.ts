import type { AnyEnvelope } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { resellerWorld, type TestEnv } from '@portal/platform/src/testing';
import { orderService } from '../src/service';
import { applied, bearer, createEnv, getWhen } from './helpers';

/** The one reseller rule (platform access/reseller.ts) at the order service's edge. */
describe('order service: a reseller acts for the customers it resells to, and only those', () => {
  let env: TestEnv;
  let svc: RunningService;
  let paula: string;
  let pete: string;

  beforeAll(async () => {
    env = await createEnv('order-reseller');
    svc = await env.start(orderService);
    ({ partnerAdmin: paula, partnerBuyer: pete } = await resellerWorld(
      env,
      { customer: 'acc-cust', stranger: 'acc-stranger' },
      { features: ['invoicing-reports'] },
    ));
    const events = [
      env.erp.contractActivated('acc-cust', 'C-CUST-1'),
      env.erp.salesOrderBooked('acc-cust', {
        orderNumber: 'SO-CUST-1',
        contractNumber: 'C-CUST-1',
        resellerAccountId: 'acc-partner',
      }),
      env.erp.contractActivated('acc-stranger', 'C-STR-1'),
      env.erp.salesOrderBooked('acc-stranger', { orderNumber: 'SO-STR-1', contractNumber: 'C-STR-1' }),
    ] as AnyEnvelope[];
    await env.publish(events);
    for (const e of events) await applied(svc, e.eventType === 'ContractActivated' ? 'contracts' : 'sales_orders', e);
  });
  afterAll(async () => env?.close());

  it('Given partner-admin of the reseller of record, When it reads its customer’s contract and order, Then 200; a customer it does not resell to answers 404', async () => {
    const order = await getWhen(env, svc, paula, '/sales-orders/SO-CUST-1');
    expect(order.body.orderNumber).toBe('SO-CUST-1');
    expect((await env.http(svc).get('/contracts/C-CUST-1').set(bearer(paula))).status).toBe(200);
    expect((await env.http(svc).get('/sales-orders/SO-STR-1').set(bearer(paula))).status).toBe(404);
    expect((await env.http(svc).get('/contracts/C-STR-1').set(bearer(paula))).status).toBe(404);
  });

  it('Given another role on the partner account, When it reads the customer’s order, Then 404: only partner-admin acts for customers', async () => {
    expect((await env.http(svc).get('/sales-orders/SO-CUST-1').set(bearer(pete))).status).toBe(404);
  });
});
