import type { RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { orderService } from '../src/service';
import { acme, applied, bearer, createEnv, distinct, eventually, getWhen, operations, role } from './helpers';

describe('order service: ERP orders in, order events out, scoped edge', () => {
  let env: TestEnv;
  let svc: RunningService;
  let olivia: string;
  let bob: string;

  beforeAll(async () => {
    env = await createEnv('order-erp');
    svc = await env.start(orderService);
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [operations()] });
    bob = await env.tokenFor({ userId: 'u-bob', homeAccountId: 'acc-other', grants: [role('buyer', 'acc-other')] });
  });
  afterAll(async () => env?.close());

  it('Given a SalesOrderBooked delivered twice, When consumed, Then one sales order is stored and one SalesOrderRecorded is published', async () => {
    const out = env.probe('order.events.v1');
    const booked = env.erp.salesOrderBooked(acme, {
      orderNumber: 'SO-DUP',
      contractNumber: 'C-1001',
      webOrderNumber: 'W-DUP',
    });
    // A later fact of the same order (same key, so consumed and published after both copies): once its update is
    // on the topic, anything the duplicate caused would be there before it.
    const marker = env.erp.exportHoldPlaced(acme, 'SO-DUP');

    await env.publish([booked, booked]);
    await env.publish([marker]);
    await out.waitFor((e) => e.aggregateId === 'SO-DUP' && e.eventType === 'SalesOrderUpdated');

    const all = distinct(out.events.filter((e) => e.aggregateId === 'SO-DUP'));
    expect(all.map((e) => [e.eventType, (e.payload as { revision: number }).revision])).toEqual([
      ['SalesOrderRecorded', 1],
      ['SalesOrderUpdated', 2],
    ]);
    const recorded = all.slice(0, 1);
    expect(recorded[0]!.payload).toMatchObject({
      orderNumber: 'SO-DUP',
      webOrderNumber: 'W-DUP',
      contractNumber: 'C-1001',
      status: 'booked',
      shipped: false,
      confirmed: false,
      exportHold: false,
      revision: 1,
    });
    expect(recorded[0]!.accountId).toBe(acme);
    expect(await svc.kit.db.collection('sales_orders').countDocuments({ _id: 'SO-DUP' as never })).toBe(1);
  });

  it('Given SalesOrderShipped and SalesOrderConfirmed before SalesOrderBooked, When all are consumed, Then the order is confirmed with the shipped serials and nothing was published before the booking', async () => {
    const out = env.probe('order.events.v1');
    const shipped = env.erp.salesOrderShipped(acme, 'SO-LATE', [
      { lineNumber: 1, sku: 'C9300-24T', serialNumbers: ['SO-LATE-SN3'], warrantyEndsOn: '2029-12-31' },
    ]);
    const confirmed = env.erp.salesOrderConfirmed(acme, 'SO-LATE');
    await env.publish([shipped, confirmed]);
    await applied(svc, 'sales_orders', confirmed);
    expect(out.events.filter((e) => e.aggregateId === 'SO-LATE')).toEqual([]);
    expect((await env.http(svc).get('/sales-orders/SO-LATE').set(bearer(olivia))).status).toBe(404);

    await env.publish([env.erp.salesOrderBooked(acme, { orderNumber: 'SO-LATE' })]);
    const event = await out.waitFor((e) => e.aggregateId === 'SO-LATE');
    expect(event).toMatchObject({
      eventType: 'SalesOrderRecorded',
      payload: {
        status: 'confirmed',
        shipped: true,
        confirmed: true,
        lineWarranties: [{ lineNumber: 1, warrantyEndsOn: '2029-12-31' }],
      },
    });
    const { body } = await getWhen(env, svc, olivia, '/sales-orders/SO-LATE');
    expect(body).toMatchObject({
      status: 'confirmed',
      shipped: true,
      confirmed: true,
      lines: [{ serialNumbers: ['SO-LATE-SN1', 'SO-LATE-SN2', 'SO-LATE-SN3'] }],
    });
  });

  it('Given an order on export hold, When the hold is released, Then SalesOrderUpdated carries exportHold false', async () => {
    const out = env.probe('order.events.v1');
    await env.publish([
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-HOLD' }),
      env.erp.exportHoldPlaced(acme, 'SO-HOLD'),
    ]);
    await out.waitFor((e) => e.aggregateId === 'SO-HOLD' && (e.payload as { exportHold: boolean }).exportHold);
    await env.publish([env.erp.exportHoldReleased(acme, 'SO-HOLD')]);
    const released = await out.waitFor(
      (e) =>
        e.aggregateId === 'SO-HOLD' &&
        e.eventType === 'SalesOrderUpdated' &&
        !(e.payload as { exportHold: boolean }).exportHold,
    );
    expect(released.payload).toMatchObject({ exportHold: false });
  });

  it('Given a confirmed order, When the ERP resends the confirmation under a new event id, Then nothing is published', async () => {
    const out = env.probe('order.events.v1');
    const confirmed = env.erp.salesOrderConfirmed(acme, 'SO-RESEND');
    await env.publish([env.erp.salesOrderBooked(acme, { orderNumber: 'SO-RESEND' }), confirmed]);
    await out.waitFor((e) => e.aggregateId === 'SO-RESEND' && e.eventType === 'SalesOrderUpdated');
    const resent = { ...confirmed, eventId: '00000000-0000-4000-8000-000000000001' };
    // Same key, so consumed after the resend: a release without a hold is stored but changes nothing visible either.
    const marker = env.erp.exportHoldReleased(acme, 'SO-RESEND');
    // Then a fact that does change the order (same key, consumed and published after the two above): once its update
    // is on the topic, anything the resend or the release had published would be there before it.
    const later = env.erp.salesOrderCancelled(acme, 'SO-RESEND');
    await env.publish([resent, marker, later]);
    await out.waitFor(
      (e) => e.aggregateId === 'SO-RESEND' && (e.payload as { status?: string }).status === 'cancelled',
    );
    expect(
      distinct(out.events.filter((e) => e.aggregateId === 'SO-RESEND')).map((e) => [
        e.eventType,
        (e.payload as { revision: number }).revision,
      ]),
    ).toEqual([
      ['SalesOrderRecorded', 1],
      ['SalesOrderUpdated', 2],
      ['SalesOrderUpdated', 3],
    ]);
  });

  it("Given a partner that is reseller of record of the customer, When its partner-admin asks, Then the customer's order is visible", async () => {
    await env.account(acme, { resellerAccountIds: ['acc-partner'] });
    const paula = await env.tokenFor({
      userId: 'u-paula',
      homeAccountId: 'acc-partner',
      grants: [role('partner-admin', 'acc-partner')],
    });
    await env.publish([env.erp.salesOrderBooked(acme, { orderNumber: 'SO-RESOLD' })]);
    const { body } = await getWhen(env, svc, paula, '/sales-orders/SO-RESOLD');
    expect(body).toMatchObject({ orderNumber: 'SO-RESOLD', accountId: acme });
    const buyer = await env.tokenFor({
      userId: 'u-pat',
      homeAccountId: 'acc-partner',
      grants: [role('buyer', 'acc-partner')],
    });
    expect((await env.http(svc).get('/sales-orders/SO-RESOLD').set(bearer(buyer))).status).toBe(404);
  });

  it("Given orders of two accounts, When each user asks, Then 401 without or with a bad token, 404 for another account's order, 400 problem+json for a malformed number", async () => {
    await env.publish([env.erp.salesOrderBooked(acme, { orderNumber: 'SO-ACME' })]);
    const http = env.http(svc);
    await getWhen(env, svc, olivia, '/sales-orders/SO-ACME');

    const none = await http.get('/sales-orders/SO-ACME');
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(none.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await http.get('/sales-orders/SO-ACME').set(bearer(`${olivia}x`))).status).toBe(401);
    expect((await http.get('/sales-orders/SO-ACME').set(bearer('not.a.jwt'))).status).toBe(401);

    const other = await http.get('/sales-orders/SO-ACME').set(bearer(bob));
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({ code: 'NOT_FOUND' });

    const malformed = await http.get('/sales-orders/so%7B%24ne%7D').set(bearer(olivia));
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(malformed.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'orderNumber' })],
    });
  });

  it("Given a contract's orders, When listed, Then the caller's account sees them and another account gets 404", async () => {
    await env.publish([
      env.erp.contractActivated(acme, 'C-2002'),
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-C1', contractNumber: 'C-2002' }),
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-C2', contractNumber: 'C-2002' }),
    ]);
    const { body } = await getWhen(
      env,
      svc,
      olivia,
      '/contracts/C-2002/sales-orders',
      (r) => r.status === 200 && r.body.items.length === 2,
    );
    expect(body.items.map((o: { orderNumber: string }) => o.orderNumber)).toEqual(['SO-C1', 'SO-C2']);
    expect(body.items[0]).toMatchObject({ contractNumber: 'C-2002', status: 'booked', upgradeRequests: [] });
    expect((await env.http(svc).get('/contracts/C-2002/sales-orders').set(bearer(bob))).status).toBe(404);
    expect((await env.http(svc).get('/contracts/C-NONE/sales-orders').set(bearer(olivia))).status).toBe(404);
    const narrowed = await env.tokenFor({
      userId: 'u-nina',
      homeAccountId: acme,
      grants: [operations(acme, 'C-2002')],
    });
    expect((await env.http(svc).get('/contracts/C-2002/sales-orders').set(bearer(narrowed))).body.items).toHaveLength(
      2,
    );
    expect((await env.http(svc).get('/sales-orders/SO-C1').set(bearer(narrowed))).status).toBe(200);
    expect((await env.http(svc).get('/sales-orders/SO-ACME').set(bearer(narrowed))).status).toBe(404); // not under C-2002
    expect(
      (await env.http(svc).get('/contracts').set(bearer(narrowed))).body.items.map(
        (c: { contractNumber: string }) => c.contractNumber,
      ),
    ).toEqual(['C-2002']);
    const contract = await getWhen(env, svc, olivia, '/contracts/C-2002');
    expect(contract.body).toMatchObject({ contractNumber: 'C-2002', status: 'active', freeChangesPerMonth: 3 });
  });

  it('Given a replayed contract event, When consumed again, Then nothing changes and no second event is published', async () => {
    const out = env.probe('order.events.v1');
    const activated = env.erp.contractActivated(acme, 'C-3003');
    await env.publish([activated]);
    await out.waitFor((e) => e.aggregateId === 'C-3003');
    // The stored change, leaving out the outbox (published entries are cleared lazily, whenever writes pause).
    const change = async () => {
      const {
        outbox: _o,
        outboxPendingSince: _p,
        ...rest
      } = (await svc.kit.db.collection('contracts').findOne({ _id: 'C-3003' as never }))!;
      return rest;
    };
    const before = await change();
    await env.publish([activated]);
    await env.publish([env.erp.contractActivated(acme, 'C-3004')]);
    await out.waitFor((e) => e.aggregateId === 'C-3004');
    await eventually(
      () => svc.kit.db.collection('contracts').findOne({ _id: 'C-3004' as never }),
      (d) => d !== null,
    );
    expect(distinct(out.events.filter((e) => e.aggregateId === 'C-3003'))).toHaveLength(1);
    expect(await change()).toEqual(before);
  });
});
