import { parse } from 'csv-parse/sync';
import pino from 'pino';
import type { Envelope } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { bearer, TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { accountService } from '../src/service';
import { orderRecorded, orderUpdated } from '@portal/platform/src/testing';

const PAN = '4111 1111 1111 1111';
const PAN_DIGITS = '4111111111111111';

describe('account service through its edge (real Kafka + FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let events: TopicProbe;
  let staff: string;
  let sam: string;
  let sven: string;

  const http = () => env.http(svc);

  /** Waits until this service's access projection applied the user's snapshot (our own events, round trip). */
  async function projected(
    userId: string,
    check: (p: Awaited<ReturnType<RunningService['kit']['access']['principal']>>) => boolean,
  ) {
    await until(`${userId} projected as expected`, async () => check(await svc.kit.access.principal(userId)));
  }

  /** Waits until a serial search of acme's devices finds `count` devices. */
  const devicesFound = (serial: string, count: number) =>
    until(`${count} devices ${serial}*`, async () => {
      const list = await http().get(`/accounts/acc-acme/devices?serial=${serial}`).set(bearer(sam));
      return list.body.items?.length === count;
    });

  /** A token for a user managed by this service (no foreign snapshot published). */
  async function tokenOf(userId: string, email: string) {
    await projected(userId, (p) => p !== null);
    return env.idp.mint({ sub: userId, email, userType: 'external' });
  }

  async function invite(token: string, accountId: string, body: Record<string, unknown>) {
    const res = await http().post(`/accounts/${accountId}/users`).set(bearer(token)).send(body);
    expect(res.status).toBe(201);
    return res.body as { userId: string; email: string };
  }

  beforeAll(async () => {
    env = await TestEnv.create('account-edge');
    svc = await env.start(accountService);
    events = env.probe('account.events.v1');
    staff = await env.tokenFor({
      userId: 'u-otto',
      email: 'otto.operator@vendor.example',
      userType: 'internal',
      homeAccountId: 'vendor',
      grants: [],
    });
    for (const body of [
      { accountId: 'acc-partner', name: 'Reseller Partners', country: 'FR', accountType: 'partner' },
      {
        accountId: 'acc-acme',
        name: 'Acme SAS',
        country: 'FR',
        accountType: 'premier',
        resellerAccountIds: ['acc-partner'],
      },
      { accountId: 'acc-nordic', name: 'Nordic AB', country: 'SE', accountType: 'business' },
    ]) {
      expect((await http().post('/accounts').set(bearer(staff)).send(body)).status).toBe(201);
    }
    await invite(staff, 'acc-acme', {
      email: 'sam.admin@acme.example',
      userId: 'u-sam',
      locale: 'fr-FR',
      grants: [{ role: 'site-admin' }],
    });
    await invite(staff, 'acc-nordic', {
      email: 'sven.admin@nordic.example',
      userId: 'u-sven',
      grants: [{ role: 'site-admin' }],
    });
    sam = await tokenOf('u-sam', 'sam.admin@acme.example');
    sven = await tokenOf('u-sven', 'sven.admin@nordic.example');
  });
  afterAll(() => env.close());

  it('Given the account team opens an account, When it is created, Then AccountCreated carries the snapshot with the features of its country', async () => {
    const created = await events.waitFor<Envelope<'AccountCreated'>>(
      (e) => e.eventType === 'AccountCreated' && e.aggregateId === 'acc-acme',
    );
    expect(created.accountId).toBe('acc-acme');
    expect(created.payload.account).toMatchObject({
      version: 1,
      country: 'FR',
      accountType: 'premier',
      resellerAccountIds: ['acc-partner'],
    });
    expect(created.payload.account.features).toContain('invoicing-reports');
    const res = await http()
      .post('/accounts')
      .set(bearer(sam))
      .send({ accountId: 'acc-x', name: 'X', country: 'FR', accountType: 'business' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('INTERNAL_USERS_ONLY');
    const teamList = await http().get('/accounts').set(bearer(staff));
    expect(teamList.body.items.map((a: { accountId: string }) => a.accountId)).toEqual([
      'acc-acme',
      'acc-nordic',
      'acc-partner',
    ]);
    const samList = await http().get('/accounts').set(bearer(sam));
    expect(samList.body.items.map((a: { accountId: string }) => a.accountId)).toEqual(['acc-acme']);
    expect((await http().get('/accounts/acc-nordic').set(bearer(sam))).status).toBe(404);
    expect((await http().get('/accounts/acc-nordic').set(bearer(staff))).status).toBe(200);
  });

  it('Given a site admin, When they invite a user and grant roles, Then UserInvited then GrantsChanged carry the full snapshot one version up, keyed by user id', async () => {
    const olivia = await invite(sam, 'acc-acme', {
      email: 'olivia.ops@acme.example',
      displayName: 'Olivia',
      grants: [{ role: 'buyer' }],
    });
    const invited = await events.waitFor<Envelope<'UserInvited'>>(
      (e) => e.eventType === 'UserInvited' && e.aggregateId === olivia.userId,
    );
    expect(invited.payload).toMatchObject({
      invitedBy: 'u-sam',
      user: { version: 1, status: 'invited', homeAccountId: 'acc-acme' },
    });

    const res = await http()
      .put(`/accounts/acc-acme/users/${olivia.userId}/roles`)
      .set(bearer(sam))
      .send({
        grants: [
          { role: 'operations', contractNumber: 'CT-100' },
          { role: 'requester', section: 'requests' },
        ],
      });
    expect(res.status).toBe(200);

    const changed = await events.waitFor<Envelope<'GrantsChanged'>>(
      (e) => e.eventType === 'GrantsChanged' && e.aggregateId === olivia.userId,
    );
    expect(changed.accountId).toBe('acc-acme');
    expect(changed.payload.user).toEqual({
      version: 2,
      userId: olivia.userId,
      email: 'olivia.ops@acme.example',
      displayName: 'Olivia',
      locale: 'en-US',
      userType: 'external',
      homeAccountId: 'acc-acme',
      status: 'invited',
      grants: [
        { accountId: 'acc-acme', role: 'operations', contractNumber: 'CT-100', section: null },
        { accountId: 'acc-acme', role: 'requester', contractNumber: null, section: 'requests' },
      ],
    });
    const message = events.messages.find((m) => m.event?.eventId === changed.eventId)!;
    expect(message.key).toBe(olivia.userId);
    // The platform's access projection applies it: every service authorizes with the same grants.
    await projected(
      olivia.userId,
      (p) => p?.grants.some((g) => g.role === 'operations' && g.contractNumber === 'CT-100') ?? false,
    );
  });

  it('Given a user, When a site admin disables them, Then UserDisabled with no grants is published and their next call is refused', async () => {
    const leaver = await invite(sam, 'acc-acme', { email: 'leaver@acme.example', grants: [{ role: 'buyer' }] });
    const token = await tokenOf(leaver.userId, leaver.email);
    expect((await http().get('/me').set(bearer(token))).status).toBe(200);

    const res = await http()
      .post(`/accounts/acc-acme/users/${leaver.userId}/disable`)
      .set(bearer(sam))
      .send({ reason: 'left the company' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'disabled', grants: [] });

    const disabled = await events.waitFor<Envelope<'UserDisabled'>>(
      (e) => e.eventType === 'UserDisabled' && e.aggregateId === leaver.userId,
    );
    expect(disabled.payload).toMatchObject({
      reason: 'left the company',
      user: { version: 2, status: 'disabled', grants: [] },
    });
    await projected(leaver.userId, (p) => p?.status === 'disabled');
    const refused = await http().get('/me').set(bearer(token));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('USER_DISABLED');
  });

  it('Given devices shipped to the account, When a shopper asks to renew their service contract, Then ROLE_REQUIRED; a site admin gets 202 and ServiceContractRenewalRequested', async () => {
    const booked = orderRecorded('acc-acme', { orderNumber: 'SO-DEV-1', webOrderNumber: 'W-DEV-1' });
    await env.publish([
      booked,
      orderUpdated(booked, {
        shipped: [
          {
            lineNumber: 1,
            sku: 'C9300-24T',
            serialNumbers: ['SO-DEV-1-SN1', 'SO-DEV-1-SN2'],
            warrantyEndsOn: '2029-01-31',
          },
        ],
      }),
    ]);
    await devicesFound('so-dev', 2);
    const device = await http().get('/accounts/acc-acme/devices/SO-DEV-1-SN1').set(bearer(sam));
    expect(device.body).toMatchObject({
      serialNumber: 'SO-DEV-1-SN1',
      product: 'Catalyst 9300 24-port switch',
      warrantyEndsOn: '2029-01-31',
      warrantyStatus: 'active',
    });

    const shopper = await invite(sam, 'acc-acme', {
      email: 'shay.shopper@acme.example',
      grants: [{ role: 'shopper' }],
    });
    const shopperToken = await tokenOf(shopper.userId, shopper.email);
    const renewal = {
      action: 'renew',
      plan: 'prosupport',
      durationMonths: 36,
      serialNumbers: ['SO-DEV-1-SN1', 'SO-DEV-1-SN2'],
    };
    const refused = await http()
      .post('/accounts/acc-acme/service-contract-renewals')
      .set(bearer(shopperToken))
      .send(renewal);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('ROLE_REQUIRED');

    const accepted = await http().post('/accounts/acc-acme/service-contract-renewals').set(bearer(sam)).send(renewal);
    expect(accepted.status).toBe(202);
    expect(accepted.headers.location).toBe(`/accounts/acc-acme/service-contract-renewals/${accepted.body.requestId}`);
    const requested = await events.waitFor<Envelope<'ServiceContractRenewalRequested'>>(
      (e) => e.eventType === 'ServiceContractRenewalRequested',
    );
    expect(requested.payload).toMatchObject({
      requestId: accepted.body.requestId,
      plan: 'prosupport',
      durationMonths: 36,
      requestedBy: 'u-sam',
    });
    expect(requested.payload.devices.map((d) => d.serialNumber)).toEqual(['SO-DEV-1-SN1', 'SO-DEV-1-SN2']);

    // The recent-orders list is the order service's (GET /recent-orders); the overview here summarizes them.
    const overview = await http().get('/accounts/acc-acme/overview').set(bearer(sam));
    expect(overview.body.recentOrders.items.map((o: { orderNumber: string }) => o.orderNumber)).toContain('SO-DEV-1');
  });

  it('Given a payment-method request carrying a card number, When sent, Then RAW_PAN_REFUSED and the number is in no answer, log line, stored document or event', async () => {
    const logger = svc.kit.logger as pino.Logger & Record<symbol, { write: (line: string) => unknown }>;
    const stream = logger[pino.symbols.streamSym]!;
    const originalWrite = stream.write.bind(stream);
    const originalLevel = logger.level;
    const lines: string[] = [];
    stream.write = (line: string) => {
      lines.push(line);
      return true;
    };
    logger.level = 'trace';
    try {
      for (const body of [
        {
          processor: 'stripe',
          token: 'pm_1AcmeToken42',
          brand: 'visa',
          last4: '1111',
          expiryMonth: 12,
          expiryYear: 2030,
          label: `card ${PAN}`,
        },
        { processor: 'stripe', token: PAN_DIGITS, brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
        { cardNumber: PAN, expiryMonth: 12, expiryYear: 2030 },
      ]) {
        const res = await http()
          .post('/accounts/acc-acme/payment-methods')
          .set(bearer(sam))
          .set('idempotency-key', `pan-${lines.length}-${Math.random()}`)
          .send(body);
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('RAW_PAN_REFUSED');
        expect(res.text).not.toContain('4111');
      }
    } finally {
      stream.write = originalWrite;
      logger.level = originalLevel;
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/4111[ -]?1111/);

    const saved = await http().post('/accounts/acc-acme/payment-methods').set(bearer(sam)).send({
      processor: 'stripe',
      token: 'pm_1AcmeToken42',
      brand: 'visa',
      last4: '4242',
      expiryMonth: 12,
      expiryYear: 2030,
    });
    expect(saved.status).toBe(201);
    expect(saved.body).not.toHaveProperty('token');
    await events.waitFor((e) => e.eventType === 'PaymentMethodAdded' && e.accountId === 'acc-acme');

    for (const info of await svc.kit.db.db!.listCollections().toArray()) {
      const docs = await svc.kit.db.collection(info.name).find({}).toArray();
      expect(JSON.stringify(docs)).not.toMatch(/4111[ -]?1111/);
    }
    expect(JSON.stringify(events.events)).not.toMatch(/4111[ -]?1111/);
  });

  it('Given an address of one account, When a user of another account asks for it, Then 404 (never 403), and the owner sees it', async () => {
    const created = await http()
      .post('/accounts/acc-acme/addresses')
      .set(bearer(sam))
      .send({
        label: 'HQ',
        address: { name: 'Acme SAS', street: '10 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' },
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ defaultShipping: true, defaultBilling: true });
    const addressId = created.body.addressId as string;
    await events.waitFor((e) => e.eventType === 'AddressChanged' && e.aggregateId === 'acc-acme');

    const foreign = await http().get(`/accounts/acc-acme/addresses/${addressId}`).set(bearer(sven));
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    expect((await http().get(`/accounts/acc-nordic/addresses/${addressId}`).set(bearer(sven))).status).toBe(404);
    expect((await http().delete(`/accounts/acc-acme/addresses/${addressId}`).set(bearer(sven))).status).toBe(404);
    expect((await http().get(`/accounts/acc-acme/addresses/${addressId}`).set(bearer(sam))).status).toBe(200);
  });

  it('Given a partner reselling acme, When its admin opens the account home, Then it can switch to the customer; the active context follows the stored choice and the header', async () => {
    await invite(staff, 'acc-partner', {
      email: 'paula.partner@reseller.example',
      userId: 'u-paula',
      grants: [{ role: 'partner-admin' }],
    });
    const paula = await tokenOf('u-paula', 'paula.partner@reseller.example');
    const home = await http().get('/me').set(bearer(paula));
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({
      account: { accountId: 'acc-partner' },
      roles: ['partner-admin'],
      accessVia: 'member',
    });
    expect(home.body.accounts.map((a: { accountId: string }) => a.accountId)).toEqual(['acc-acme', 'acc-partner']);

    expect((await http().put('/me/active-account').set(bearer(paula)).send({ accountId: 'acc-acme' })).body).toEqual({
      activeAccountId: 'acc-acme',
    });
    const switched = await http().get('/me').set(bearer(paula));
    expect(switched.body).toMatchObject({
      account: { accountId: 'acc-acme', accountType: 'premier' },
      accessVia: 'reseller',
      premierPages: [{ accountId: 'acc-acme', active: true }],
    });
    expect((await http().get('/me').set(bearer(paula)).set('x-account-id', 'acc-partner')).body.account.accountId).toBe(
      'acc-partner',
    );
    expect((await http().get('/me').set(bearer(paula)).set('x-account-id', 'acc-nordic')).status).toBe(404);
    expect((await http().put('/me/active-account').set(bearer(paula)).send({ accountId: 'acc-nordic' })).status).toBe(
      404,
    );
    expect((await http().get('/accounts/current/overview').set(bearer(paula))).status).toBe(200);
  });

  it('Given the only site admin, When they drop their own site-admin role, Then LAST_SITE_ADMIN; an invite repeated with the same Idempotency-Key answers the same and publishes once', async () => {
    const res = await http()
      .put('/accounts/acc-acme/users/u-sam/roles')
      .set(bearer(sam))
      .send({ grants: [{ role: 'buyer' }] });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('LAST_SITE_ADMIN');

    const body = { email: 'once@acme.example', grants: [{ role: 'reporting' }] };
    const first = await http()
      .post('/accounts/acc-acme/users')
      .set(bearer(sam))
      .set('idempotency-key', 'invite-once')
      .send(body);
    const again = await http()
      .post('/accounts/acc-acme/users')
      .set(bearer(sam))
      .set('idempotency-key', 'invite-once')
      .send(body);
    expect(again.status).toBe(201);
    expect(again.body.userId).toBe(first.body.userId);
    await events.waitFor((e) => e.eventType === 'UserInvited' && e.aggregateId === first.body.userId);
    // A later change of the same user goes out after any second UserInvited would have (same key, same partition).
    await http()
      .put(`/accounts/acc-acme/users/${first.body.userId}/roles`)
      .set(bearer(sam))
      .send({ grants: [{ role: 'buyer' }] });
    await events.waitFor((e) => e.eventType === 'GrantsChanged' && e.aggregateId === first.body.userId);
    expect(
      events.events.filter((e) => e.eventType === 'UserInvited' && e.aggregateId === first.body.userId),
    ).toHaveLength(1);
  });

  it('Given SSO settings, When a site admin changes them, Then INTERNAL_USERS_ONLY; the account team switches SSO on and SsoSettingsChanged is published', async () => {
    const sso = {
      enabled: true,
      idpEntityId: 'https://idp.acme.example',
      idpMetadataUrl: 'https://idp.acme.example/metadata',
    };
    const refused = await http().put('/accounts/acc-acme/sso').set(bearer(sam)).send(sso);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('INTERNAL_USERS_ONLY');
    const done = await http().put('/accounts/acc-acme/sso').set(bearer(staff)).send(sso);
    expect(done.status).toBe(200);
    expect(done.body.sso).toEqual({ enabled: true, idpEntityId: 'https://idp.acme.example' });
    await events.waitFor((e) => e.eventType === 'SsoSettingsChanged' && e.aggregateId === 'acc-acme');
  });

  it('Given an express checkout profile, When its address is deleted, Then using it is refused with EXPRESS_CHECKOUT_UNUSABLE', async () => {
    const address = await http()
      .post('/accounts/acc-acme/addresses')
      .set(bearer(sam))
      .send({
        label: 'Lyon',
        address: { name: 'Acme Lyon', street: '5 quai Perrache', city: 'Lyon', postalCode: '69002', country: 'FR' },
      });
    const card = await http().post('/accounts/acc-acme/payment-methods').set(bearer(sam)).send({
      processor: 'adyen',
      token: 'adyen_tok_12345',
      brand: 'mastercard',
      last4: '4444',
      expiryMonth: 1,
      expiryYear: 2031,
    });
    const profile = {
      name: 'Lyon office',
      shippingAddressId: address.body.addressId,
      paymentMethodId: card.body.paymentMethodId,
    };
    const saved = await http().put('/accounts/acc-acme/express-checkout-profiles/lyon').set(bearer(sam)).send(profile);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ profileId: 'lyon', status: 'usable' });
    expect(
      (await http().post('/accounts/acc-acme/express-checkout-profiles/lyon/use').set(bearer(sam))).body,
    ).toMatchObject({ paymentMethod: { last4: '4444' } });

    expect(
      (await http().delete(`/accounts/acc-acme/addresses/${address.body.addressId}`).set(bearer(sam))).status,
    ).toBe(204);
    const used = await http().post('/accounts/acc-acme/express-checkout-profiles/lyon/use').set(bearer(sam));
    expect(used.status).toBe(422);
    expect(used.body).toMatchObject({ code: 'EXPRESS_CHECKOUT_UNUSABLE', errors: [{ code: 'ADDRESS_NOT_FOUND' }] });
    const list = await http().get('/accounts/acc-acme/express-checkout-profiles').set(bearer(sam));
    expect(list.body.items).toEqual([expect.objectContaining({ profileId: 'lyon', status: 'address-removed' })]);
  });

  it('Given ERP orders, When a purchase report is asked, Then site admins get totals and a buyer without reporting access gets ROLE_REQUIRED', async () => {
    await env.publish([orderRecorded('acc-acme', { orderNumber: 'SO-REP-1' })]);
    const today = new Date().toISOString().slice(0, 10);
    const report = await until('SO-REP-1 in the purchase report', async () => {
      const res = await http().get(`/accounts/acc-acme/reports/purchases?from=${today}&to=${today}`).set(bearer(sam));
      return res.body.orders?.some((o: { orderNumber: string }) => o.orderNumber === 'SO-REP-1') && res;
    });
    expect(report.status).toBe(200);
    expect(report.body.totals).toEqual(expect.arrayContaining([expect.objectContaining({ currency: 'EUR' })]));
    const buyer = await invite(sam, 'acc-acme', { email: 'bea.buyer@acme.example', grants: [{ role: 'buyer' }] });
    const buyerToken = await tokenOf(buyer.userId, buyer.email);
    const refused = await http()
      .get(`/accounts/acc-acme/reports/purchases?from=${today}&to=${today}`)
      .set(bearer(buyerToken));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('ROLE_REQUIRED');
  });

  it('Given devices whose warranty ends in the period, When the devices-warranty report is downloaded, Then one CSV row per device, others left out', async () => {
    const booked = orderRecorded('acc-acme', { orderNumber: 'SO-WAR-1' });
    await env.publish([
      booked,
      orderUpdated(booked, {
        shipped: [
          { lineNumber: 1, sku: 'C9300-24T', serialNumbers: ['WAR-1-SN1'], warrantyEndsOn: '2030-03-15' },
          { lineNumber: 1, sku: 'C9300-24T', serialNumbers: ['WAR-1-SN2'], warrantyEndsOn: '2031-03-15' },
        ],
      }),
    ]);
    await devicesFound('war-1', 2);
    const res = await http()
      .get('/accounts/current/reports/devices-warranty.csv?from=2030-01-01&to=2030-12-31')
      .set(bearer(sam));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        'Serial number': 'WAR-1-SN1',
        'Warranty ends on': '2030-03-15',
        'Warranty status': 'active',
      }),
    ]);
    const tooLong = await http()
      .get('/accounts/acc-acme/reports/devices-warranty.csv?from=2030-01-01&to=2031-12-31')
      .set(bearer(sam));
    expect(tooLong.body.code).toBe('REPORT_PERIOD_TOO_LONG');
  });

  it('Given snapshots published by someone else (a seeder), When seen on account.events.v1, Then the service adopts them and their site admin manages users here', async () => {
    await env.account('acc-seeded', {
      name: 'Seeded Ltd',
      country: 'GB',
      accountType: 'business',
      features: ['devices', 'reports'],
    });
    const admin = await env.tokenFor({
      userId: 'u-seeded-admin',
      email: 'admin@seeded.example',
      homeAccountId: 'acc-seeded',
      grants: [{ accountId: 'acc-seeded', role: 'site-admin', contractNumber: null, section: null }],
    });
    const account = await until('the seeded account adopted', async () => {
      const res = await http().get('/accounts/acc-seeded').set(bearer(admin));
      return res.status === 200 && res;
    });
    expect(account.body).toMatchObject({ name: 'Seeded Ltd', features: ['devices', 'reports'] });
    await until('the seeded admin adopted', () =>
      svc.kit.db.collection('users').findOne({ _id: 'u-seeded-admin' as never }),
    );
    const invited = await invite(admin, 'acc-seeded', {
      email: 'colleague@seeded.example',
      grants: [{ role: 'buyer' }],
    });
    await events.waitFor((e) => e.eventType === 'UserInvited' && e.aggregateId === invited.userId);
    const removeLast = await http()
      .put('/accounts/acc-seeded/users/u-seeded-admin/roles')
      .set(bearer(admin))
      .send({ grants: [] });
    expect(removeLast.body.code).toBe('LAST_SITE_ADMIN');
  });

  it('Given a French account, When software subscriptions are asked for, Then FEATURE_NOT_AVAILABLE; the OpenAPI document lists every route', async () => {
    const res = await http().get('/accounts/acc-acme/software-subscriptions').set(bearer(sam));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FEATURE_NOT_AVAILABLE');
    const doc = await http().get('/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/me', '/accounts/{accountId}/users', '/accounts/{accountId}/payment-methods']),
    );
  });
});
