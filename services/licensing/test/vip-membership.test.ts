import { DAY_MS, ManualClock } from '@portal/platform';
import { TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { licensingService } from '../src/service';
import { SalesOrders } from '@portal/platform/src/testing';
import { allPublished, grant } from './support';

describe('licensing: VIP memberships, purchase authorization expiry and renewal notices (real Kafka + database)', () => {
  let env: TestEnv;
  let probe: TopicProbe;

  beforeAll(async () => {
    env = await TestEnv.create('licensing-vip');
    probe = env.probe('licensing.events.v1');
  });

  afterAll(async () => {
    await env?.close();
  });

  async function world(clock: ManualClock, customer: string) {
    const svc = await env.start(licensingService, {
      clock,
      database: `${env.topicPrefix.replace(/\.$/, '')}-licensing-${customer}`.slice(0, 60),
    });
    await env.account(customer, { resellerAccountIds: ['acc-partner'] });
    const paula = await env.tokenFor({
      userId: 'u-paula',
      email: 'paula.partner@reseller.example',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'partner-admin')],
    });
    const admin = await env.tokenFor({
      userId: `u-admin-${customer}`,
      email: `admin@${customer}.example`,
      homeAccountId: customer,
      grants: [grant(customer, 'vip-admin')],
    });
    const invited = await env.http(svc).post('/vip-memberships').auth(paula, { type: 'bearer' }).send({
      customerAccountId: customer,
      partnerAccountId: 'acc-partner',
      program: 'vip',
      anniversaryDate: '2027-01-31',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.vipId).toMatch(/^VIP-/);
    return { svc, paula, admin, membershipId: invited.body.membershipId as string };
  }

  it('Given a purchase authorization without an order, When 15 days pass with a service restart in between, Then the PA expires once and the membership is late', async () => {
    const clock = new ManualClock('2026-11-22T09:00:00Z');
    const { svc, paula, membershipId } = await world(clock, 'acc-late');
    const created = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/purchase-authorizations`)
      .auth(paula, { type: 'bearer' })
      .send({
        licenseType: 'enterprise',
        products: [{ sku: 'ACRO-PRO-ENT', quantity: 10 }],
        customerPoNumber: 'PO-1',
        deploymentDate: '2026-12-01',
      });
    expect(created.status).toBe(201);
    expect(created.body.purchaseAuthorizations[0]).toMatchObject({
      status: 'pending',
      expiresAt: '2026-12-06T09:00:00.000Z',
    });

    // When the service stops, time passes, and it starts again on the same database
    const database = svc.kit.config.mongoDb;
    await env.stop(svc);
    clock.advance(15 * DAY_MS);
    const restarted = await env.start(licensingService, { clock, database });
    await restarted.kit.scheduler.runDue();

    // Then the membership is late, and each event was published once
    const view = await until(`${membershipId} late at the edge`, async () => {
      const res = await env.http(restarted).get(`/vip-memberships/${membershipId}`).auth(paula, { type: 'bearer' });
      return res.body.status === 'late' ? res.body : null;
    });
    expect(view.purchaseAuthorizations[0].status).toBe('expired');
    await probe.waitFor((e) => e.eventType === 'MembershipStatusChanged' && e.aggregateId === membershipId);
    await restarted.kit.scheduler.runDue();
    await allPublished(env, restarted, probe);
    const of = (type: string) => probe.events.filter((e) => e.eventType === type && e.aggregateId === membershipId);
    expect(of('PurchaseAuthorizationExpired')).toHaveLength(1);
    expect(of('MembershipStatusChanged')).toHaveLength(1);
    expect(of('MembershipStatusChanged')[0]!.payload).toMatchObject({
      from: 'active',
      to: 'late',
      reason: 'purchase-authorization-expired',
    });

    // And cancelling it now is refused as not pending
    const cancel = await env
      .http(restarted)
      .post(
        `/vip-memberships/${membershipId}/purchase-authorizations/${view.purchaseAuthorizations[0].purchaseAuthorizationId}/cancellation`,
      )
      .auth(paula, { type: 'bearer' });
    expect(cancel.status).toBe(409);
    expect(cancel.body.code).toBe('PURCHASE_AUTHORIZATION_NOT_PENDING');
    await env.stop(restarted);
  });

  it('Given a pending purchase authorization, When the ERP books an order referencing it, Then it is fulfilled and cannot be cancelled any more', async () => {
    const clock = new ManualClock('2026-11-22T09:00:00Z');
    const { svc, paula, admin, membershipId } = await world(clock, 'acc-order');
    const created = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/purchase-authorizations`)
      .auth(paula, { type: 'bearer' })
      .send({
        licenseType: 'enterprise',
        products: [{ sku: 'ACRO-PRO-ENT', quantity: 5 }],
        deploymentDate: '2026-12-01',
      });
    const paId = created.body.purchaseAuthorizations[0].purchaseAuthorizationId as string;

    const refused = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/purchase-authorizations`)
      .auth(paula, { type: 'bearer' })
      .send({ licenseType: 'team', products: [{ sku: 'CC-EDU-DEVICE', quantity: 1 }], deploymentDate: '2026-12-01' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('EDUCATION_DEVICE_NOT_SUPPORTED');

    await env.publish([
      new SalesOrders().booked('acc-order', {
        orderNumber: 'SO-VIP-1',
        purchaseAuthorizationId: paId,
        resellerAccountId: 'acc-partner',
      }),
    ]);
    await probe.waitFor((e) => e.eventType === 'PurchaseAuthorizationFulfilled' && e.aggregateId === membershipId);
    const view = await env.http(svc).get(`/vip-memberships/${membershipId}`).auth(admin, { type: 'bearer' });
    expect(view.body.purchaseAuthorizations[0]).toMatchObject({ status: 'fulfilled', orderNumber: 'SO-VIP-1' });

    const cancel = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/purchase-authorizations/${paId}/cancellation`)
      .auth(paula, { type: 'bearer' });
    expect(cancel.status).toBe(409);
    expect(cancel.body.code).toBe('ORDER_ALREADY_PLACED');
    const ra = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/purchase-authorizations/${paId}/return-authorizations`)
      .auth(paula, { type: 'bearer' })
      .send({ products: [{ sku: 'ACRO-PRO-ENT', quantity: 2 }], reason: 'over-ordered' });
    expect(ra.status).toBe(201);
    expect(ra.body.returnAuthorizations).toHaveLength(1);
    const stranger = await env.tokenFor({
      userId: 'u-stranger',
      homeAccountId: 'acc-other',
      grants: [grant('acc-other', 'site-admin')],
    });
    expect(
      (await env.http(svc).get(`/vip-memberships/${membershipId}`).auth(stranger, { type: 'bearer' })).status,
    ).toBe(404);
    await env.stop(svc);
  });

  it('Given two fulfilled PAs, When the partner states the duration each order covers, Then the renewal overview leaves out what is covered beyond the anniversary', async () => {
    const clock = new ManualClock('2026-11-22T09:00:00Z');
    const { svc, paula, admin, membershipId } = await world(clock, 'acc-duration');
    const pa = async (quantity: number) =>
      (
        await env
          .http(svc)
          .post(`/vip-memberships/${membershipId}/purchase-authorizations`)
          .auth(paula, { type: 'bearer' })
          .send({ licenseType: 'team', products: [{ sku: 'CC-ALL-APPS', quantity }], deploymentDate: '2026-12-01' })
      ).body.purchaseAuthorizations.at(-1).purchaseAuthorizationId as string;
    const short = await pa(4);
    const long = await pa(6);
    const duration = (paId: string, months: number, token = paula) =>
      env
        .http(svc)
        .put(`/vip-memberships/${membershipId}/purchase-authorizations/${paId}/order-duration`)
        .auth(token, { type: 'bearer' })
        .send({ months });
    expect((await duration(short, 2)).body.code).toBe('PURCHASE_AUTHORIZATION_NOT_FULFILLED');

    await env.publish([
      new SalesOrders().booked('acc-duration', {
        orderNumber: 'SO-DUR-1',
        purchaseAuthorizationId: short,
        resellerAccountId: 'acc-partner',
        placedAt: new Date('2026-11-22T10:00:00Z'),
      }),
      new SalesOrders().booked('acc-duration', {
        orderNumber: 'SO-DUR-2',
        purchaseAuthorizationId: long,
        resellerAccountId: 'acc-partner',
        placedAt: new Date('2026-11-22T10:00:00Z'),
      }),
    ]);
    await until('both purchase authorizations fulfilled', async () => {
      const view = await env.http(svc).get(`/vip-memberships/${membershipId}`).auth(admin, { type: 'bearer' });
      return view.body.purchaseAuthorizations.every((p: { status: string }) => p.status === 'fulfilled');
    });

    expect((await duration(long, 24, admin)).body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
    expect((await duration(long, 0)).body.code).toBe('DURATION_OUT_OF_RANGE');
    expect((await duration(short, 2)).status).toBe(200);
    const stated = await duration(long, 24);
    expect(stated.status).toBe(200);
    expect(stated.body.purchaseAuthorizations[1]).toMatchObject({ coveredMonths: 24, coversUntil: '2028-11-21' });
    const event = await probe.waitFor(
      (e) =>
        e.eventType === 'PurchaseAuthorizationDurationStated' &&
        e.aggregateId === membershipId &&
        e.payload.coveredMonths === 24,
    );
    expect(event.payload).toMatchObject({
      purchaseAuthorizationId: long,
      orderNumber: 'SO-DUR-2',
      statedBy: 'u-paula',
    });

    const overview = await env
      .http(svc)
      .get(`/vip-memberships/${membershipId}/renewal-overview`)
      .auth(paula, { type: 'bearer' });
    expect(overview.body).toMatchObject({
      open: true,
      anniversaryDate: '2027-01-31',
      licences: [{ sku: 'CC-ALL-APPS', quantity: 4 }],
      coveredBeyondAnniversary: [
        { sku: 'CC-ALL-APPS', quantity: 6, coversUntil: '2028-11-21', purchaseAuthorizationId: long },
      ],
    });
    await env.stop(svc);
  });

  it('Given an early renewal, When the old anniversary’s notice dates pass, Then no notice fires for the old date and the new one fires once to the VIP administrators', async () => {
    const clock = new ManualClock('2026-11-22T09:00:00Z');
    const { svc, paula, membershipId } = await world(clock, 'acc-renew');
    const pa = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/purchase-authorizations`)
      .auth(paula, { type: 'bearer' })
      .send({ licenseType: 'team', products: [{ sku: 'CC-ALL-APPS', quantity: 4 }], deploymentDate: '2026-11-30' });
    expect(pa.status).toBe(201);

    // The renewal overview is open (anniversary 2027-01-31 is within 90 days)
    const overview = await env
      .http(svc)
      .get(`/vip-memberships/${membershipId}/renewal-overview`)
      .auth(paula, { type: 'bearer' });
    expect(overview.body).toMatchObject({ open: true, overviewOpensOn: '2026-11-02' });

    // When the partner renews early, the anniversary moves a year on
    const renewed = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/renewals`)
      .auth(paula, { type: 'bearer' })
      .send({ products: [{ sku: 'CC-ALL-APPS-RNW', quantity: 4 }] });
    expect(renewed.status).toBe(201);
    expect(renewed.body).toMatchObject({
      anniversaryDate: '2028-01-31',
      renewalHistory: [{ previousAnniversaryDate: '2027-01-31', early: true }],
    });

    // When the old anniversary passes, nothing fires for it
    clock.set('2027-02-01T00:00:00Z');
    await svc.kit.scheduler.runDue();
    // When 30 days before the new anniversary comes, its notice fires once
    clock.set('2028-01-01T00:00:00Z');
    await svc.kit.scheduler.runDue();
    await svc.kit.scheduler.runDue();

    const notice = await probe.waitFor((e) => e.eventType === 'RenewalNoticeDue' && e.aggregateId === membershipId);
    expect(notice.payload).toMatchObject({
      noticeKind: '30-days-before',
      anniversaryDate: '2028-01-31',
      vipAdministratorUserIds: ['u-admin-acc-renew'],
    });
    await allPublished(env, svc, probe);
    const notices = probe.events.filter((e) => e.eventType === 'RenewalNoticeDue' && e.aggregateId === membershipId);
    expect(notices.map((e) => (e.payload as { anniversaryDate: string }).anniversaryDate)).toEqual(['2028-01-31']);
    const banner = probe.events.filter((e) => e.eventType === 'RenewalBannerChanged' && e.aggregateId === membershipId);
    expect(banner.map((e) => (e.payload as { state: string }).state)).toEqual(['due']);
    await env.stop(svc);
  });
  it('Given the demo seed switched on, When Sam and Paula look around, Then both flows can be tried at once', async () => {
    const svc = await env.start(licensingService, {
      demoSeed: true,
      database: `${env.topicPrefix.replace(/\.$/, '')}-licensing-demo`.slice(0, 60),
    });
    await env.account('acc-acme', { resellerAccountIds: ['acc-partner'] });
    const sam = await env.tokenFor({
      userId: 'u-sam',
      email: 'sam.admin@acme.example',
      homeAccountId: 'acc-acme',
      grants: [grant('acc-acme', 'site-admin')],
    });
    const paula = await env.tokenFor({
      userId: 'u-paula',
      email: 'paula.partner@reseller.example',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'partner-admin')],
    });

    const mine = await env
      .http(svc)
      .get('/smart-accounts')
      .query({ by: 'email', q: 'sam.admin@acme.example' })
      .auth(sam, { type: 'bearer' });
    expect(
      mine.body.items.map((sa: { smartAccountId: string; status: string }) => [sa.smartAccountId, sa.status]),
    ).toEqual([
      ['sa-acme', 'active'],
      ['sa-acme-emea', 'pending'],
    ]);
    const byName = await env
      .http(svc)
      .get('/smart-accounts')
      .query({ by: 'account-name', q: 'acme emea (PEND' })
      .auth(sam, { type: 'bearer' });
    expect(byName.body.items.map((sa: { smartAccountId: string }) => sa.smartAccountId)).toEqual(['sa-acme-emea']);
    const holding = await env
      .http(svc)
      .get('/smart-accounts')
      .query({ by: 'domain-identifier', q: 'reseller' })
      .auth(sam, { type: 'bearer' });
    expect(holding.body.items).toEqual([]);
    const overview = await env
      .http(svc)
      .get('/vip-memberships/vip-acc-acme-vip/renewal-overview')
      .auth(paula, { type: 'bearer' });
    expect(overview.status).toBe(200);
    expect(overview.body.open).toBe(true);
    const list = await env.http(svc).get('/vip-memberships').query({ status: 'active' }).auth(sam, { type: 'bearer' });
    expect(list.body.items.map((m: { vipId: string }) => m.vipId)).toEqual(['VIP-DEMO-0001']);
    await env.stop(svc);
  });
});
