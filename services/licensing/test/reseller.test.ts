import type { RunningService } from '@portal/platform';
import { resellerWorld, TestEnv, until } from '@portal/platform/src/testing';
import { licensingService } from '../src/service';
import { SalesOrders } from '@portal/platform/src/testing';

/** The one reseller rule (platform access/reseller.ts) at the licensing edge. */
describe('licensing: a reseller acts for the customers it resells to, and only with partner-admin', () => {
  let env: TestEnv;
  let svc: RunningService;
  let paula: string;
  let pete: string;

  beforeAll(async () => {
    env = await TestEnv.create('licensing-reseller');
    svc = await env.start(licensingService);
    await env.account('acc-partner', { accountType: 'partner' });
    ({ partnerAdmin: paula, partnerBuyer: pete } = await resellerWorld(env, {
      customer: 'acc-cust',
      stranger: 'acc-stranger',
    }));
    await env.publish([
      new SalesOrders().booked('acc-cust', { orderNumber: 'SO-RS-1' }),
      new SalesOrders().booked('acc-stranger', { orderNumber: 'SO-RS-2' }),
    ]);
  });
  afterAll(async () => env?.close());

  it('Given partner-admin of the reseller of record, When it reads its customer’s order, Then 200; an order of a customer it does not resell answers 404', async () => {
    await until('SO-RS-1 visible to Paula', async () =>
      (await env.http(svc).get('/orders/SO-RS-1').auth(paula, { type: 'bearer' })).status === 200 ? true : false,
    );
    expect((await env.http(svc).get('/orders/SO-RS-2').auth(paula, { type: 'bearer' })).status).toBe(404);
  });

  it('Given another role on the partner account, When it reads the customer’s order or the partner’s VIP membership, Then 404', async () => {
    await until('SO-RS-1 visible to Paula', async () =>
      (await env.http(svc).get('/orders/SO-RS-1').auth(paula, { type: 'bearer' })).status === 200 ? true : false,
    );
    expect((await env.http(svc).get('/orders/SO-RS-1').auth(pete, { type: 'bearer' })).status).toBe(404);
    const invited = await env.http(svc).post('/vip-memberships').auth(paula, { type: 'bearer' }).send({
      customerAccountId: 'acc-cust',
      partnerAccountId: 'acc-partner',
      program: 'vip',
      anniversaryDate: '2027-05-31',
    });
    expect(invited.status).toBe(201);
    const membershipId = invited.body.membershipId as string;
    expect((await env.http(svc).get(`/vip-memberships/${membershipId}`).auth(paula, { type: 'bearer' })).status).toBe(
      200,
    );
    expect((await env.http(svc).get(`/vip-memberships/${membershipId}`).auth(pete, { type: 'bearer' })).status).toBe(
      404,
    );
    const listed = await env.http(svc).get('/vip-memberships').auth(pete, { type: 'bearer' });
    expect(listed.body.items).toEqual([]);
  });
});
