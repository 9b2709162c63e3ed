import type { AnyEnvelope, Envelope } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { bearer, erpEvent, TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { accountService } from '../src/service';
import { orderRecorded, orderUpdated } from '@portal/platform/src/testing';

const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });

describe('account: the service contract loop, request -> quote -> accept/decline -> ERP confirms -> coverage (real Kafka + FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let events: TopicProbe;
  let sam: string;
  let paula: string;
  const http = () => env.http(svc);

  beforeAll(async () => {
    env = await TestEnv.create('account-service-contracts');
    svc = await env.start(accountService);
    events = env.probe('account.events.v1');
    const staff = await env.tokenFor({ userId: 'u-otto', userType: 'internal', homeAccountId: 'vendor', grants: [] });
    for (const body of [
      { accountId: 'acc-partner', name: 'Reseller Partners', country: 'FR', accountType: 'partner' },
      {
        accountId: 'acc-acme',
        name: 'Acme',
        country: 'FR',
        accountType: 'premier',
        resellerAccountIds: ['acc-partner'],
      },
      { accountId: 'acc-nordic', name: 'Nordic AB', country: 'SE', accountType: 'business' },
    ])
      expect((await http().post('/accounts').set(bearer(staff)).send(body)).status).toBe(201);
    sam = await env.tokenFor({ userId: 'u-sam', homeAccountId: 'acc-acme', grants: [grant('acc-acme', 'site-admin')] });
    paula = await env.tokenFor({
      userId: 'u-paula',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'partner-admin')],
    });
    const acme = orderRecorded('acc-acme', { orderNumber: 'SO-SC-1' });
    const nordic = orderRecorded('acc-nordic', { orderNumber: 'SO-SC-2' });
    await env.publish([
      acme,
      orderUpdated(acme, {
        shipped: [
          { lineNumber: 1, sku: 'C9300-24T', serialNumbers: ['SC-SN-1', 'SC-SN-2'], warrantyEndsOn: '2027-01-31' },
        ],
      }),
      nordic,
      orderUpdated(nordic, {
        shipped: [{ lineNumber: 1, sku: 'C9300-24T', serialNumbers: ['SC-SN-9'], warrantyEndsOn: '2027-01-31' }],
      }),
    ]);
    await until('the shipped devices', async () => {
      const res = await http().get('/accounts/acc-acme/devices?serial=sc-sn').set(bearer(sam));
      return res.body.items?.length === 2;
    });
  });
  afterAll(() => env?.close());

  it('Given shipped devices, When a site admin asks to renew, accepts the quote and the ERP confirms (twice), Then it is active once and the devices are covered', async () => {
    // When the renewal is requested: a quote priced from the French (EMEA) plans
    const requested = await http()
      .post('/accounts/acc-acme/service-contract-renewals')
      .set(bearer(sam))
      .send({ action: 'upgrade', plan: 'prosupport-plus', durationMonths: 24, serialNumbers: ['sc-sn-1', 'SC-SN-2'] });
    expect(requested.status).toBe(202);
    const requestId = requested.body.requestId as string;
    expect(requested.body).toMatchObject({
      status: 'quoted',
      quote: { total: { amountMinor: 2 * 2 * 18900, currency: 'EUR' } },
    });
    const issued = await events.waitFor<Envelope<'ServiceContractQuoteIssued'>>(
      (e) => e.eventType === 'ServiceContractQuoteIssued' && e.aggregateId === requestId,
    );
    expect(issued.payload.lines).toHaveLength(2);

    // When the customer accepts the quote
    const accepted = await http()
      .post(`/accounts/acc-acme/service-contract-renewals/${requestId}/acceptance`)
      .set(bearer(sam))
      .send({});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const command = await events.waitFor<Envelope<'ServiceContractQuoteAccepted'>>(
      (e) => e.eventType === 'ServiceContractQuoteAccepted' && e.aggregateId === requestId,
    );
    expect(command.payload).toMatchObject({ serialNumbers: ['SC-SN-1', 'SC-SN-2'], acceptedBy: 'u-sam' });
    const again = await http()
      .post(`/accounts/acc-acme/service-contract-renewals/${requestId}/decline`)
      .set(bearer(sam))
      .send({ reason: 'changed my mind' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('RENEWAL_NOT_QUOTED');

    // When the ERP confirms it, and the confirmation is delivered twice
    const confirmation = erpEvent('ServiceContractConfirmed', 'SC-7001', 'acc-acme', {
      requestId,
      serviceContractNumber: 'SC-7001',
      plan: 'prosupport-plus',
      startDate: '2027-02-01',
      endDate: '2029-01-31',
      serialNumbers: ['SC-SN-1', 'SC-SN-2'],
      confirmedAt: new Date(),
    });
    await env.publish([confirmation, confirmation] as AnyEnvelope[]);

    // Then the request is active, the devices covered, and ServiceContractActivated went out once
    const active = await until('the active contract', async () => {
      const res = await http().get(`/accounts/acc-acme/service-contract-renewals/${requestId}`).set(bearer(sam));
      return res.body.status === 'active' && res.body;
    });
    expect(active).toMatchObject({
      serviceContractNumber: 'SC-7001',
      coverage: { startDate: '2027-02-01', endDate: '2029-01-31' },
    });
    const device = await until('the device coverage', async () => {
      const res = await http().get('/accounts/acc-acme/devices/SC-SN-2').set(bearer(sam));
      return res.body.supportEndsOn && res.body;
    });
    expect(device).toMatchObject({
      supportPlan: 'prosupport-plus',
      serviceContractNumber: 'SC-7001',
      supportEndsOn: '2029-01-31',
    });
    await events.waitFor((e) => e.eventType === 'ServiceContractActivated' && e.aggregateId === requestId);
    const marker = await http()
      .post('/accounts/acc-acme/service-contract-renewals')
      .set(bearer(sam))
      .send({ action: 'renew', plan: 'prosupport-plus', durationMonths: 12, serialNumbers: ['SC-SN-1'] });
    await events.waitFor(
      (e) => e.eventType === 'ServiceContractQuoteIssued' && e.aggregateId === marker.body.requestId,
    );
    expect(
      events.events.filter((e) => e.eventType === 'ServiceContractActivated' && e.aggregateId === requestId),
    ).toHaveLength(1);
  });

  it('Given a quote, When the reseller of record declines it for its customer, Then declined with the reason; a partner on a customer it does not resell gets 404', async () => {
    const requested = await http()
      .post('/accounts/acc-acme/service-contract-renewals')
      .set(bearer(paula))
      .send({ action: 'renew', plan: 'basic', durationMonths: 12, serialNumbers: ['SC-SN-1'] });
    // SC-SN-1 is covered by prosupport-plus now: a renewal cannot go down
    expect(requested.body.errors[0].code).toBe('PLAN_DOWNGRADE_NOT_ALLOWED');
    const renewal = await http()
      .post('/accounts/acc-acme/service-contract-renewals')
      .set(bearer(paula))
      .send({ action: 'renew', plan: 'prosupport-plus', durationMonths: 12, serialNumbers: ['SC-SN-1'] });
    expect(renewal.status).toBe(202);
    const declined = await http()
      .post(`/accounts/acc-acme/service-contract-renewals/${renewal.body.requestId}/decline`)
      .set(bearer(paula))
      .send({ reason: 'the customer renews elsewhere' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'the customer renews elsewhere' });
    const event = await events.waitFor<Envelope<'ServiceContractQuoteDeclined'>>(
      (e) => e.eventType === 'ServiceContractQuoteDeclined' && e.aggregateId === renewal.body.requestId,
    );
    expect(event.payload).toMatchObject({ declinedBy: 'u-paula', requestedBy: 'u-paula' });

    const foreign = await http()
      .post('/accounts/acc-nordic/service-contract-renewals')
      .set(bearer(paula))
      .send({ action: 'renew', plan: 'basic', durationMonths: 12, serialNumbers: ['SC-SN-9'] });
    expect(foreign.status).toBe(404);
    const sweden = await http()
      .post('/accounts/acc-nordic/service-contract-renewals')
      .set(bearer(sam))
      .send({ action: 'renew', plan: 'basic', durationMonths: 12, serialNumbers: ['SC-SN-9'] });
    expect(sweden.status).toBe(404);
    const doc = await http().get('/openapi.json');
    expect(
      doc.body.paths['/accounts/{accountId}/service-contract-renewals/{requestId}/acceptance'].post.responses['409'],
    ).toBeDefined();
  });
});
