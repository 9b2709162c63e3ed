import { ManualClock, type RunningService } from '@portal/platform';
import { TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { parse } from 'csv-parse/sync';
import { licensingService } from '../src/service';
import { SalesOrders } from '@portal/platform/src/testing';
import { grant } from './support';

describe('licensing: licences by virtual account report (CSV, real Kafka + database)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let probe: TopicProbe;
  let sam: string;
  let bea: string;
  let ivan: string;
  // A fixed business clock: deposits are stamped with it, so the period cannot straddle midnight.
  const clock = new ManualClock(new Date('2026-11-22T09:00:00.000Z'));
  const today = '2026-11-22';

  beforeAll(async () => {
    env = await TestEnv.create('licensing-reports');
    svc = await env.start(licensingService, { clock });
    probe = env.probe('licensing.events.v1');
    await env.account('acc-acme', { features: ['reports'] });
    sam = await env.tokenFor({
      userId: 'u-sam',
      email: 'sam@acme.example',
      homeAccountId: 'acc-acme',
      grants: [grant('acc-acme', 'site-admin')],
    });
    bea = await env.tokenFor({ userId: 'u-bea', homeAccountId: 'acc-acme', grants: [grant('acc-acme', 'buyer')] });
    ivan = await env.tokenFor({ userId: 'u-ivan', homeAccountId: 'acc-vendor', userType: 'internal' });
  });
  afterAll(async () => env?.close());

  it('Given licences deposited into a virtual account of the account, When the report of the period is downloaded, Then one row per licence line under its virtual account', async () => {
    // Given: an active Smart Account of acc-acme, an order assigned to its virtual account, shipped and confirmed
    const created = await env
      .http(svc)
      .post('/smart-accounts')
      .auth(ivan, { type: 'bearer' })
      .send({
        domainIdentifier: 'reports.acme.example',
        name: 'ACME Reports',
        ownerAccountId: 'acc-acme',
        status: 'active',
        virtualAccounts: [{ name: 'LAB' }],
        userEmails: ['sam@acme.example'],
      });
    expect(created.status).toBe(201);
    const { smartAccountId } = created.body;
    const virtualAccountId = created.body.virtualAccounts[0].virtualAccountId;
    const orders = new SalesOrders();
    await env.publish([
      orders.booked('acc-acme', {
        orderNumber: 'SO-REP1',
        lines: [
          {
            lineNumber: 1,
            sku: 'DNA-ADV-3Y',
            kind: 'software',
            description: 'DNA Advantage',
            quantity: 25,
            unitPrice: { amountMinor: 10000, currency: 'EUR' },
            serialNumbers: [],
          },
        ],
      }),
    ]);
    await until('SO-REP1 visible to Sam', async () =>
      (await env.http(svc).get('/orders/SO-REP1').auth(sam, { type: 'bearer' })).status === 200 ? true : false,
    );
    const assigned = await env
      .http(svc)
      .put('/orders/SO-REP1/smart-account-assignment')
      .auth(sam, { type: 'bearer' })
      .send({ smartAccountId, virtualAccountId, termsAccepted: true });
    expect(assigned.status).toBe(200);
    await env.publish([orders.shipped('SO-REP1'), orders.confirmed('SO-REP1')]);
    await probe.waitFor((e) => e.eventType === 'LicencesDeposited' && e.aggregateId === 'SO-REP1');

    // When: the site admin downloads the report of today
    const res = await env
      .http(svc)
      .get(`/accounts/acc-acme/reports/licences-by-virtual-account.csv?from=${today}&to=${today}`)
      .auth(sam, { type: 'bearer' });

    // Then
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(parse(res.text, { columns: true })).toEqual([
      expect.objectContaining({
        'Smart Account': 'ACME Reports',
        'Virtual account': 'LAB',
        'Virtual account id': virtualAccountId,
        SKU: 'DNA-ADV-3Y',
        Quantity: '25',
        'Order number': 'SO-REP1',
      }),
    ]);
    const yesterday = '2026-11-21';
    const before = await env
      .http(svc)
      .get(`/accounts/acc-acme/reports/licences-by-virtual-account.csv?from=${yesterday}&to=${yesterday}`)
      .auth(sam, { type: 'bearer' });
    expect(parse(before.text, { columns: true })).toEqual([]);
    const buyer = await env
      .http(svc)
      .get(`/accounts/acc-acme/reports/licences-by-virtual-account.csv?from=${today}&to=${today}`)
      .auth(bea, { type: 'bearer' });
    expect(buyer.body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
  });
});
