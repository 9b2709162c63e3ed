import { randomUUID } from 'node:crypto';
import type { RunningService } from '@portal/platform';
import { applied, TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { licensingService } from '../src/service';
import { SalesOrders } from '@portal/platform/src/testing';
import { allPublished, grant } from './support';

describe('licensing: order assignment and guarded licence deposit (real Kafka + database)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let probe: TopicProbe;
  let sam: string;
  let ivan: string;
  let mallory: string;
  const orders = new SalesOrders();

  const softwareLine = {
    lineNumber: 1,
    sku: 'DNA-ADV-3Y',
    kind: 'software' as const,
    description: 'DNA Advantage',
    quantity: 25,
    unitPrice: { amountMinor: 10000, currency: 'EUR' },
    serialNumbers: [],
  };
  const hardwareLine = {
    lineNumber: 2,
    sku: 'C9300-24T',
    kind: 'hardware' as const,
    description: 'Switch',
    quantity: 1,
    unitPrice: { amountMinor: 350000, currency: 'EUR' },
    serialNumbers: ['SN-1'],
  };
  const deposits = (orderNumber: string) =>
    probe.events.filter((e) => e.eventType === 'LicencesDeposited' && e.aggregateId === orderNumber);

  beforeAll(async () => {
    env = await TestEnv.create('licensing-assignment');
    svc = await env.start(licensingService);
    probe = env.probe('licensing.events.v1');
    await env.account('acc-acme', { resellerAccountIds: ['acc-partner'] });
    await env.account('acc-partner', { accountType: 'partner' });
    sam = await env.tokenFor({
      userId: 'u-sam',
      email: 'sam.admin@acme.example',
      homeAccountId: 'acc-acme',
      grants: [grant('acc-acme', 'site-admin')],
    });
    ivan = await env.tokenFor({
      userId: 'u-ivan',
      email: 'ivan@vendor.example',
      homeAccountId: 'acc-vendor',
      userType: 'internal',
    });
    mallory = await env.tokenFor({
      userId: 'u-mallory',
      email: 'mallory@other.example',
      homeAccountId: 'acc-other',
      grants: [grant('acc-other', 'site-admin')],
    });
  });

  afterAll(async () => {
    await env?.close();
  });

  async function smartAccount(status: 'active' | 'pending', domainIdentifier: string) {
    const res = await env
      .http(svc)
      .post('/smart-accounts')
      .auth(ivan, { type: 'bearer' })
      .send({
        domainIdentifier,
        name: `ACME ${domainIdentifier}`,
        ownerAccountId: 'acc-acme',
        status,
        virtualAccounts: [{ name: 'DEFAULT' }],
        userEmails: ['sam.admin@acme.example'],
      });
    expect(res.status).toBe(201);
    return {
      smartAccountId: res.body.smartAccountId as string,
      virtualAccountId: res.body.virtualAccounts[0].virtualAccountId as string,
    };
  }

  async function booked(orderNumber: string, webOrderNumber: string) {
    await env.publish([
      orders.booked('acc-acme', {
        orderNumber,
        webOrderNumber,
        lines: [softwareLine, hardwareLine],
        resellerAccountId: 'acc-partner',
      }),
    ]);
    await until(`${orderNumber} visible to Sam`, async () =>
      (await env.http(svc).get(`/orders/${orderNumber}`).auth(sam, { type: 'bearer' })).status === 200 ? true : false,
    );
  }

  it('Given an order assigned before shipment, When the order service publishes it shipped and confirmed (and replays both), Then its licences are deposited exactly once', async () => {
    const { smartAccountId, virtualAccountId } = await smartAccount('active', 'acme.example');
    await booked('SO-L1', 'WEB-L1');

    // When the customer assigns it by web order number, before shipment
    const assigned = await env
      .http(svc)
      .put('/orders/WEB-L1/smart-account-assignment')
      .auth(sam, { type: 'bearer' })
      .send({ smartAccountId, virtualAccountId, termsAccepted: true });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignment).toMatchObject({
      smartAccountId,
      virtualAccountId,
      status: 'waiting',
      waitingReasons: ['awaiting-shipment'],
    });
    await probe.waitFor((e) => e.eventType === 'AssignmentWaiting' && e.aggregateId === 'SO-L1');

    // When the ERP ships and confirms (the order service publishes both snapshots)
    const shipped = orders.shipped('SO-L1');
    const confirmed = orders.confirmed('SO-L1');
    await env.publish([shipped, confirmed]);
    const deposited = await probe.waitFor((e) => e.eventType === 'LicencesDeposited' && e.aggregateId === 'SO-L1');
    expect(deposited.payload).toMatchObject({
      smartAccountId,
      virtualAccountId,
      entitlements: [{ lineNumber: 1, sku: 'DNA-ADV-3Y', quantity: 25 }],
    });

    // When the same snapshots are replayed, and sent again under new event ids (older revisions after newer)
    const again = [shipped, confirmed].map((e) => ({ ...e, eventId: randomUUID() }));
    const sentinel = orders.touched('SO-L1');
    await env.publish([shipped, confirmed, ...again, sentinel]);
    await applied(svc, 'orders', sentinel);

    // Then still exactly one deposit
    const view = await env.http(svc).get('/orders/SO-L1').auth(sam, { type: 'bearer' });
    expect(view.body.assignment.status).toBe('deposited');
    expect(view.body.entitlements).toHaveLength(1);
    const entitlements = await env
      .http(svc)
      .get(`/smart-accounts/${smartAccountId}/virtual-accounts/${virtualAccountId}/entitlements`)
      .auth(sam, { type: 'bearer' });
    expect(entitlements.body).toMatchObject({ usable: true, items: [{ sku: 'DNA-ADV-3Y', quantity: 25 }] });
    await allPublished(env, svc, probe);
    expect(deposits('SO-L1')).toHaveLength(1);
  });

  it('Given a pending Smart Account and a shipped, confirmed order, When an internal user activates it, Then the waiting licences are deposited', async () => {
    const { smartAccountId, virtualAccountId } = await smartAccount('pending', 'emea.acme.example');
    await booked('SO-L2', 'WEB-L2');
    const shipped = orders.shipped('SO-L2');
    const sentinel = orders.confirmed('SO-L2');
    await env.publish([shipped, sentinel]);
    await applied(svc, 'orders', sentinel);

    const assigned = await env
      .http(svc)
      .put('/orders/SO-L2/smart-account-assignment')
      .auth(sam, { type: 'bearer' })
      .send({ smartAccountId, virtualAccountId, termsAccepted: true });
    expect(assigned.body.assignment).toMatchObject({ status: 'waiting', waitingReasons: ['smart-account-pending'] });

    const activated = await env
      .http(svc)
      .post(`/smart-accounts/${smartAccountId}/activation`)
      .auth(ivan, { type: 'bearer' });
    expect(activated.status).toBe(200);
    await probe.waitFor((e) => e.eventType === 'LicencesDeposited' && e.aggregateId === 'SO-L2');
    const view = await env.http(svc).get('/orders/SO-L2').auth(sam, { type: 'bearer' });
    expect(view.body.assignment.status).toBe('deposited');
  });

  it('Given an order on export hold, When it is shipped and confirmed, Then it waits with export-hold until the hold is released', async () => {
    const target = await smartAccount('active', 'hold.acme.example');
    await booked('SO-L5', 'WEB-L5');
    await env.publish([orders.holdPlaced('SO-L5')]);
    await env
      .http(svc)
      .put('/orders/SO-L5/smart-account-assignment')
      .auth(sam, { type: 'bearer' })
      .send({ ...target, termsAccepted: true });
    const shipped = orders.shipped('SO-L5');
    const confirmed = orders.confirmed('SO-L5');
    await env.publish([shipped, confirmed]);
    await applied(svc, 'orders', confirmed);
    const waiting = await env.http(svc).get('/orders/SO-L5').auth(sam, { type: 'bearer' });
    expect(waiting.body.facts).toMatchObject({ shipped: true, confirmed: true, exportHold: true });
    expect(waiting.body.assignment).toMatchObject({ status: 'waiting', waitingReasons: ['export-hold'] });

    await env.publish([orders.holdReleased('SO-L5')]);
    await probe.waitFor((e) => e.eventType === 'LicencesDeposited' && e.aggregateId === 'SO-L5');
    expect((await env.http(svc).get('/orders/SO-L5').auth(sam, { type: 'bearer' })).body.assignment.status).toBe(
      'deposited',
    );
  });

  it('Given a partner of record, When it parks the order in its holding account and later moves it to the customer, Then nothing is usable from the holding account and the move deposits', async () => {
    const paula = await env.tokenFor({
      userId: 'u-paula',
      email: 'paula.partner@reseller.example',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'partner-admin')],
    });
    const holding = await env
      .http(svc)
      .post('/smart-accounts')
      .auth(ivan, { type: 'bearer' })
      .send({
        domainIdentifier: 'reseller.example',
        name: 'Reseller holding',
        kind: 'partner-holding',
        ownerAccountId: 'acc-partner',
        status: 'active',
        virtualAccounts: [{ name: 'HOLDING' }],
      });
    expect(holding.status).toBe(201);
    const customer = await smartAccount('active', 'moved.acme.example');
    await booked('SO-L4', 'WEB-L4');
    const shipped = orders.shipped('SO-L4');
    const sentinel = orders.confirmed('SO-L4');
    await env.publish([shipped, sentinel]);
    await applied(svc, 'orders', sentinel);

    // When the partner parks it in its holding account
    const holdingVa = holding.body.virtualAccounts[0].virtualAccountId as string;
    const parked = await env
      .http(svc)
      .put('/orders/SO-L4/smart-account-assignment')
      .auth(paula, { type: 'bearer' })
      .send({ smartAccountId: holding.body.smartAccountId, virtualAccountId: holdingVa, termsAccepted: true });
    expect(parked.status).toBe(200);
    expect(parked.body.assignment).toMatchObject({
      holdingAccount: true,
      status: 'waiting',
      waitingReasons: ['partner-holding-account'],
    });
    const fromHolding = await env
      .http(svc)
      .get(`/smart-accounts/${holding.body.smartAccountId}/virtual-accounts/${holdingVa}/entitlements`)
      .auth(paula, { type: 'bearer' });
    expect(fromHolding.body).toMatchObject({ usable: false, items: [] });

    // When it moves the order to the customer's Smart Account (found by the customer's domain identifier)
    const search = await env
      .http(svc)
      .get('/smart-accounts')
      .query({ by: 'domain-identifier', q: 'moved.acme' })
      .auth(paula, { type: 'bearer' });
    expect(search.body.items.map((sa: { smartAccountId: string }) => sa.smartAccountId)).toEqual([
      customer.smartAccountId,
    ]);
    const moved = await env
      .http(svc)
      .put('/orders/WEB-L4/smart-account-assignment')
      .auth(paula, { type: 'bearer' })
      .set('Idempotency-Key', 'move-SO-L4')
      .send({ ...customer, termsAccepted: true });
    expect(moved.status).toBe(200);
    expect(moved.body.assignment).toMatchObject({ smartAccountId: customer.smartAccountId, status: 'deposited' });
    expect(moved.body.history).toEqual([
      expect.objectContaining({ smartAccountId: holding.body.smartAccountId, replacedBy: 'u-paula' }),
    ]);
    const event = await probe.waitFor(
      (e) =>
        e.eventType === 'OrderAssignedToSmartAccount' &&
        e.aggregateId === 'SO-L4' &&
        (e.payload as { previousSmartAccountId: string | null }).previousSmartAccountId !== null,
    );
    expect(event.payload).toMatchObject({
      previousSmartAccountId: holding.body.smartAccountId,
      smartAccountId: customer.smartAccountId,
    });

    // And the same command repeated with its Idempotency-Key gets the first answer
    const repeat = await env
      .http(svc)
      .put('/orders/WEB-L4/smart-account-assignment')
      .auth(paula, { type: 'bearer' })
      .set('Idempotency-Key', 'move-SO-L4')
      .send({ ...customer, termsAccepted: true });
    expect(repeat.status).toBe(200);
    expect(repeat.body.assignment.assignedAt).toBe(moved.body.assignment.assignedAt);
  });

  it('Given another account’s order, When its user reads or assigns it, Then 404; internal users must open a case; terms must be accepted', async () => {
    const { smartAccountId, virtualAccountId } = await smartAccount('active', 'third.acme.example');
    await booked('SO-L3', 'WEB-L3');
    const command = { smartAccountId, virtualAccountId, termsAccepted: true };

    const read = await env.http(svc).get('/orders/SO-L3').auth(mallory, { type: 'bearer' });
    expect(read.status).toBe(404);
    expect(read.headers['content-type']).toContain('application/problem+json');
    const write = await env
      .http(svc)
      .put('/orders/SO-L3/smart-account-assignment')
      .auth(mallory, { type: 'bearer' })
      .send(command);
    expect(write.status).toBe(404);
    expect(
      (await env.http(svc).get(`/smart-accounts/${smartAccountId}`).auth(mallory, { type: 'bearer' })).status,
    ).toBe(404);

    const internal = await env
      .http(svc)
      .put('/orders/SO-L3/smart-account-assignment')
      .auth(ivan, { type: 'bearer' })
      .send(command);
    expect(internal.status).toBe(403);
    expect(internal.body.code).toBe('INTERNAL_USERS_MUST_OPEN_CASE');

    const terms = await env
      .http(svc)
      .put('/orders/SO-L3/smart-account-assignment')
      .auth(sam, { type: 'bearer' })
      .send({ ...command, termsAccepted: false });
    expect(terms.status).toBe(422);
    expect(terms.body).toMatchObject({
      code: 'TERMS_NOT_ACCEPTED',
      errors: [{ path: 'termsAccepted', code: 'TERMS_NOT_ACCEPTED' }],
    });
  });

  it('Given the edge, When its OpenAPI document is read, Then every licensing route is described', async () => {
    const doc = await env.http(svc).get('/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/orders/{orderRef}/smart-account-assignment',
        '/vip-memberships/{membershipId}/renewals',
        '/smart-accounts',
      ]),
    );
  });
});
