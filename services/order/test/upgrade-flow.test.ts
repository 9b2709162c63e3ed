import type { RunningService } from '@portal/platform';
import { erpEvent, type TestEnv } from '@portal/platform/src/testing';
import { addDays, isoDate } from '../src/domain/dates';
import { orderService } from '../src/service';
import { acme, applied, bearer, createEnv, distinct, getWhen, operations, role } from './helpers';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const address = {
  name: 'ACME Lyon DC',
  street: '3 quai Perrache',
  city: 'Lyon',
  postalCode: '69002',
  country: 'FR',
  region: null,
};

describe('order service: upgrade requests through the edge, approval and ERP booking', () => {
  let env: TestEnv;
  let svc: RunningService;
  let olivia: string;
  let sam: string;
  let ivan: string;
  let sue: string;
  let bob: string;
  const startDate = addDays(isoDate(new Date()), 7);

  const basicInfo = {
    discountPercent: 10,
    specialPricingFormNumber: 'SPF-77',
    startDate,
    deploymentWindowDays: 30,
    termOption: 'co-term',
  };
  const hardware = (serialNumbers = ['SN-A1', 'SN-A2']) => ({
    sku: 'R740',
    targetSku: 'R750',
    quantity: serialNumbers.length,
    serialNumbers,
    deliveryAddressId: 'addr-lyon',
    shippingServiceLevel: 'standard',
    carrierName: 'DHL',
    shippingAccount: 'DHL-ACME-1',
  });
  const software = { sku: 'OS-STD', targetSku: 'OS-DC', quantity: 5 };

  beforeAll(async () => {
    env = await createEnv('order-upgrade');
    svc = await env.start(orderService);
    const booked = env.erp.salesOrderBooked(acme, {
      orderNumber: 'SO-1001',
      contractNumber: 'C-1001',
      webOrderNumber: 'W-1001',
      term: { startDate: '2026-01-01', endDate: '2029-12-31' },
      lines: [
        {
          lineNumber: 1,
          sku: 'R740',
          kind: 'hardware',
          description: 'Rack server R740',
          quantity: 4,
          unitPrice: eur(400000),
          serialNumbers: ['SN-A1', 'SN-A2', 'SN-A3', 'SN-A4'],
        },
        {
          lineNumber: 2,
          sku: 'OS-STD',
          kind: 'software',
          description: 'OS Standard',
          quantity: 10,
          unitPrice: eur(10000),
          serialNumbers: [],
        },
        {
          lineNumber: 3,
          sku: 'PS-3Y',
          kind: 'service',
          description: 'ProSupport 3y',
          quantity: 1,
          unitPrice: eur(90000),
          serialNumbers: [],
        },
      ],
    });
    // The account's address book, as the account service publishes it (seed 000 step 5.3).
    const lyon = erpEvent('AddressChanged', acme, acme, {
      addressId: 'addr-lyon',
      change: 'added',
      label: 'Lyon DC',
      address,
      defaultShippingAddressId: 'addr-lyon',
      defaultBillingAddressId: 'addr-lyon',
    });
    await env.publish([
      lyon,
      erpEvent('AddressChanged', 'acc-other', 'acc-other', {
        addressId: 'addr-other',
        change: 'added',
        label: null,
        address,
        defaultShippingAddressId: 'addr-other',
        defaultBillingAddressId: null,
      }),
      env.erp.contractActivated(acme, 'C-1001', { term: { startDate: '2026-01-01', endDate: '2029-12-31' } }),
      env.erp.contractActivated('acc-other', 'C-9009'),
      erpEvent('ContractExpired', 'C-OLD', acme, {
        contractNumber: 'C-OLD',
        expiredAt: new Date('2026-01-01T00:00:00Z'),
      }),
      erpEvent(
        'ContractActivated',
        'C-OLD',
        acme,
        {
          contractNumber: 'C-OLD',
          term: { startDate: '2023-01-01', endDate: '2025-12-31' },
          freeChangesPerMonth: 0,
          description: null,
        },
        new Date('2023-01-01T00:00:00Z'),
      ),
      env.erp.productPublished({
        sku: 'R740',
        kind: 'hardware',
        eligibleForUpgrade: true,
        upgradeTargets: ['R750'],
        listPrice: eur(400000),
      }),
      env.erp.productPublished({
        sku: 'R750',
        kind: 'hardware',
        description: 'Rack server R750',
        listPrice: eur(500000),
      }),
      env.erp.productPublished({
        sku: 'OS-STD',
        kind: 'software',
        eligibleForUpgrade: true,
        upgradeTargets: ['OS-DC'],
        listPrice: eur(10000),
      }),
      env.erp.productPublished({ sku: 'OS-DC', kind: 'software', description: 'OS Datacenter', listPrice: eur(30000) }),
      booked,
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-OLD', contractNumber: 'C-OLD' }),
      env.erp.salesOrderBooked('acc-other', { orderNumber: 'SO-9009', contractNumber: 'C-9009' }),
    ]);
    olivia = await env.tokenFor({
      userId: 'u-olivia',
      email: 'olivia.ops@acme.example',
      homeAccountId: acme,
      grants: [operations()],
    });
    sam = await env.tokenFor({
      userId: 'u-sam',
      email: 'sam.admin@acme.example',
      homeAccountId: acme,
      grants: [role('site-admin')],
    });
    sue = await env.tokenFor({
      userId: 'u-sue',
      homeAccountId: 'acc-vendor',
      userType: 'internal',
      grants: [role('senior-approver', 'acc-vendor')],
    });
    ivan = await env.tokenFor({
      userId: 'u-ivan',
      email: 'ivan.approver@vendor.example',
      homeAccountId: 'acc-vendor',
      userType: 'internal',
      grants: [role('approver', 'acc-vendor')],
    });
    bob = await env.tokenFor({ userId: 'u-bob', homeAccountId: 'acc-other', grants: [operations('acc-other')] });
    await applied(svc, 'sales_orders', booked);
    await applied(svc, 'account_books', lyon);
    await getWhen(
      env,
      svc,
      olivia,
      '/sales-orders/SO-1001/upgrade-options',
      (r) => r.status === 200 && r.body.options.length === 2,
    );
    await getWhen(env, svc, olivia, '/contracts/C-OLD');
  });
  afterAll(async () => env?.close());

  it('Given an order, When its upgrade options are asked, Then eligible SKUs come with targets and free serial numbers', async () => {
    const { body } = await getWhen(env, svc, olivia, '/sales-orders/SO-1001/upgrade-options');
    expect(body.options).toEqual([
      expect.objectContaining({
        sku: 'R740',
        kind: 'hardware',
        quantityOwned: 4,
        targets: [{ sku: 'R750', description: 'Rack server R750', listPrice: eur(500000) }],
      }),
      expect.objectContaining({
        sku: 'OS-STD',
        kind: 'software',
        quantityOwned: 10,
        targets: [{ sku: 'OS-DC', description: 'OS Datacenter', listPrice: eur(30000) }],
      }),
    ]);
    expect(body.options[0].serialNumbers[0]).toEqual({ serialNumber: 'SN-A1', heldByRequestId: null });
  });

  it('Given the caller lists contracts, Then they see their accounts only, with status and term', async () => {
    const { body } = await getWhen(env, svc, olivia, '/contracts');
    expect(body.items.map((c: { contractNumber: string; status: string }) => [c.contractNumber, c.status])).toEqual([
      ['C-1001', 'active'],
      ['C-OLD', 'expired'],
    ]);
    expect((await env.http(svc).get('/contracts?status=active').set(bearer(olivia))).body.items).toHaveLength(1);
  });

  it('Given a complete request, When previewed, Then it is valid with totals and nothing is created', async () => {
    const res = await env
      .http(svc)
      .post('/sales-orders/SO-1001/upgrade-requests/preview')
      .set(bearer(olivia))
      .send({ basicInfo, hardwareLines: [hardware()], softwareLines: [software] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      valid: true,
      errors: [],
      totals: {
        subtotalMinor: 2 * 500000 + 5 * 30000,
        discountMinor: 115000,
        totalMinor: 1035000,
        term: { startDate, endDate: '2029-12-31' },
      },
    });
    const invalid = await env
      .http(svc)
      .post('/sales-orders/SO-1001/upgrade-requests/preview')
      .set(bearer(olivia))
      .send({ basicInfo: { ...basicInfo, specialPricingFormNumber: null } });
    expect(invalid.body.valid).toBe(false);
    expect(invalid.body.errors.map((e: { code: string }) => e.code)).toEqual([
      'SPECIAL_PRICING_FORM_REQUIRED',
      'EMPTY_UPGRADE',
    ]);
    expect(await svc.kit.db.collection('upgrade_requests').countDocuments({})).toBe(0);
  });

  it('Given the wizard, When each step is saved, reviewed and submitted, Then an approver approves, the ERP books it and the request is booked', async () => {
    const out = env.probe('order.events.v1');
    const http = env.http(svc);
    const created = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ submit: false });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      orderNumber: 'SO-1001',
      contractNumber: 'C-1001',
      requestedBy: 'u-olivia',
    });
    const id = created.body.requestId as string;
    expect(created.headers.location).toBe(`/upgrade-requests/${id}`);

    expect((await http.put(`/upgrade-requests/${id}/basic-info`).set(bearer(olivia)).send(basicInfo)).status).toBe(200);
    const badHardware = await http
      .put(`/upgrade-requests/${id}/hardware-lines`)
      .set(bearer(olivia))
      .send({ hardwareLines: [{ ...hardware(['SN-A1']), quantity: 2, carrierName: null }] });
    expect(badHardware.status).toBe(422);
    expect(badHardware.body.errors.map((e: { code: string }) => e.code)).toEqual([
      'SERIAL_COUNT_MISMATCH',
      'CARRIER_REQUIRED',
    ]);
    expect(
      (
        await http
          .put(`/upgrade-requests/${id}/hardware-lines`)
          .set(bearer(olivia))
          .send({ hardwareLines: [hardware()] })
      ).status,
    ).toBe(200);
    expect(
      (
        await http
          .put(`/upgrade-requests/${id}/software-lines`)
          .set(bearer(olivia))
          .send({ softwareLines: [software] })
      ).status,
    ).toBe(200);
    expect(
      (await http.put(`/upgrade-requests/${id}/misc`).set(bearer(olivia)).send({ comment: 'Before the freeze please' }))
        .status,
    ).toBe(200);

    const reviewed = await http.get(`/upgrade-requests/${id}`).set(bearer(olivia));
    expect(reviewed.body.review).toMatchObject({ valid: true, totals: { totalMinor: 1035000 } });
    expect((await http.get(`/upgrade-requests/${id}`).set(bearer(sam))).status).toBe(404); // drafts are the requester's

    const submitted = await http.post(`/upgrade-requests/${id}/submit`).set(bearer(olivia)).send({});
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'pending-approval', totals: { totalMinor: 1035000 } });
    const submittedEvent = await out.waitFor((e) => e.eventType === 'UpgradeRequestSubmitted' && e.aggregateId === id);
    expect(submittedEvent).toMatchObject({
      accountId: acme,
      actor: { userId: 'u-olivia' },
      payload: { request: { requestId: id, discountBasisPoints: 1000, total: eur(1035000) } },
    });

    const pending = await http.get('/upgrade-requests?status=pending-approval').set(bearer(ivan));
    expect(pending.body.items.map((r: { requestId: string }) => r.requestId)).toContain(id);
    expect((await http.post(`/upgrade-requests/${id}/approve`).set(bearer(olivia)).send({})).body).toMatchObject({
      status: 403,
      code: 'ROLE_REQUIRED',
    });
    const approved = await http.post(`/upgrade-requests/${id}/approve`).set(bearer(ivan)).send({});
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: 'u-ivan' });
    const approvedEvent = await out.waitFor((e) => e.eventType === 'UpgradeRequestApproved' && e.aggregateId === id);
    expect(approvedEvent.payload).toMatchObject({
      approvedBy: 'u-ivan',
      request: {
        hardwareLines: [
          { sku: 'R740', targetSku: 'R750', serialNumbers: ['SN-A1', 'SN-A2'], deliveryAddress: address },
        ],
      },
    });

    const booking = env.erp.salesOrderBooked(acme, {
      orderNumber: 'SO-1002',
      contractNumber: 'C-1001',
      upgradeRequestId: id,
    });
    await env.publish([booking]);
    const bookedEvent = await out.waitFor((e) => e.eventType === 'UpgradeRequestBooked' && e.aggregateId === id);
    expect(bookedEvent.payload).toMatchObject({ orderNumber: 'SO-1001', bookedOrderNumber: 'SO-1002' });
    const booked = await getWhen(env, svc, olivia, `/upgrade-requests/${id}`, (r) => r.body?.status === 'booked');
    expect(booked.body).toMatchObject({ bookedOrderNumber: 'SO-1002' });

    // The contract's sales-orders view shows each order with its upgrade requests.
    const orders = await getWhen(
      env,
      svc,
      olivia,
      '/contracts/C-1001/sales-orders',
      (r) => r.status === 200 && r.body.items.length === 2,
    );
    expect(orders.body.items[0]).toMatchObject({
      orderNumber: 'SO-1001',
      upgradeRequests: [{ requestId: id, status: 'booked', bookedOrderNumber: 'SO-1002' }],
    });
    expect(orders.body.items[1]).toMatchObject({ orderNumber: 'SO-1002', upgradeRequestId: id });

    // A replayed ERP booking changes nothing. A later fact of the same order (same key: consumed after the replay)
    // marks the point: once its update is published, the replay was handled, and it wrote nothing.
    const requestVersion = async () =>
      (await svc.kit.db.collection('upgrade_requests').findOne({ _id: id as never }))!.version as number;
    const versionBefore = await requestVersion();
    await env.publish([booking]);
    const marker = env.erp.salesOrderConfirmed(acme, 'SO-1002');
    await env.publish([marker]);
    await out.waitFor((e) => e.aggregateId === 'SO-1002' && e.eventType === 'SalesOrderUpdated');
    expect(await requestVersion()).toBe(versionBefore);
    expect(
      distinct(out.events.filter((e) => e.aggregateId === id && e.eventType === 'UpgradeRequestBooked')),
    ).toHaveLength(1);
    expect(distinct(out.events.filter((e) => e.aggregateId === 'SO-1002')).map((e) => e.eventType)).toEqual([
      'SalesOrderRecorded',
      'SalesOrderUpdated',
    ]);
  });

  it('Given a 30 % discount (the rules want a second tier), When submitted, Then each tier is told in turn, one approver per tier, and the last approval approves', async () => {
    const out = env.probe('order.events.v1');
    const http = env.http(svc);
    const created = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ basicInfo: { ...basicInfo, discountPercent: 30 }, softwareLines: [software] });
    expect(created.status).toBe(201);
    const id = created.body.requestId as string;
    expect(created.body.approvalTiers).toEqual([
      expect.objectContaining({ tier: 1, name: 'approver', status: 'pending' }),
      expect.objectContaining({ tier: 2, name: 'senior-approver', status: 'waiting' }),
    ]);
    const first = await out.waitFor((e) => e.eventType === 'UpgradeApprovalRequested' && e.aggregateId === id);
    expect(first.payload).toMatchObject({
      tier: 1,
      tierCount: 2,
      approverRole: 'approver',
      approverUserIds: ['u-ivan'],
    });

    expect((await http.post(`/upgrade-requests/${id}/approve`).set(bearer(sue)).send({})).body.code).toBe(
      'ROLE_REQUIRED',
    );
    const tier1 = await http.post(`/upgrade-requests/${id}/approve`).set(bearer(ivan)).send({});
    expect(tier1.body).toMatchObject({ status: 'pending-approval' });
    expect(tier1.body.approvalTiers.map((t: { status: string }) => t.status)).toEqual(['approved', 'pending']);
    const second = await out.waitFor(
      (e) => e.eventType === 'UpgradeApprovalRequested' && e.aggregateId === id && e.payload.tier === 2,
    );
    expect(second.payload).toMatchObject({ approverRole: 'senior-approver', approverUserIds: ['u-sue'] });
    await out.waitFor((e) => e.eventType === 'UpgradeRequestTierApproved' && e.aggregateId === id);

    expect((await http.post(`/upgrade-requests/${id}/approve`).set(bearer(ivan)).send({})).body.code).toBe(
      'ROLE_REQUIRED',
    );
    const done = await http.post(`/upgrade-requests/${id}/approve`).set(bearer(sue)).send({});
    expect(done.body).toMatchObject({ status: 'approved', decidedBy: 'u-sue' });
    await out.waitFor((e) => e.eventType === 'UpgradeRequestApproved' && e.aggregateId === id);
  });

  it('Given a two-tier request, When the first approver rejects, Then one rejection rejects it', async () => {
    const out = env.probe('order.events.v1');
    const http = env.http(svc);
    const created = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ basicInfo: { ...basicInfo, discountPercent: 40 }, softwareLines: [software] });
    const id = created.body.requestId as string;
    const rejected = await http.post(`/upgrade-requests/${id}/reject`).set(bearer(ivan)).send({ reason: 'Too deep' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Too deep' });
    expect(rejected.body.approvalTiers.map((t: { status: string }) => t.status)).toEqual(['rejected', 'waiting']);
    await out.waitFor((e) => e.eventType === 'UpgradeRequestRejected' && e.aggregateId === id);
  });

  it('Given a one-call request breaking many rules, When created, Then 422 lists every broken rule per field', async () => {
    const res = await env
      .http(svc)
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({
        basicInfo: { discountPercent: 120, startDate: '2020-01-01', deploymentWindowDays: 400, termOption: 'own-term' },
        hardwareLines: [
          { ...hardware(['SN-A3', 'SN-ZZ']), targetSku: 'R999', shippingServiceLevel: 'standard', carrierName: null },
        ],
        softwareLines: [{ sku: 'PS-3Y', targetSku: 'X', quantity: 1 }],
        comment: 'x'.repeat(2001),
      });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
      'basicInfo.discountPercent:DISCOUNT_OUT_OF_RANGE',
      'basicInfo.specialPricingFormNumber:SPECIAL_PRICING_FORM_REQUIRED',
      'basicInfo.startDate:START_DATE_IN_PAST',
      'basicInfo.deploymentWindowDays:DEPLOYMENT_WINDOW_OUT_OF_RANGE',
      'basicInfo.termMonths:TERM_MONTHS_REQUIRED',
      'hardwareLines.0.targetSku:UPGRADE_PATH_UNKNOWN',
      'hardwareLines.0.serialNumbers.1:SERIAL_NOT_ON_ORDER',
      'hardwareLines.0.carrierName:CARRIER_REQUIRED',
      'softwareLines.0.sku:SKU_NOT_ELIGIBLE',
      'comment:COMMENT_TOO_LONG',
    ]);
  });

  it("Given the account's address book, When a line names an address outside it or types one, Then DELIVERY_ADDRESS_UNKNOWN or 400", async () => {
    const create = (line: Record<string, unknown>) =>
      env
        .http(svc)
        .post('/sales-orders/SO-1001/upgrade-requests')
        .set(bearer(olivia))
        .send({ basicInfo, hardwareLines: [line] });
    const foreign = await create({ ...hardware(['SN-A3']), deliveryAddressId: 'addr-other' });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('DELIVERY_ADDRESS_UNKNOWN');
    expect(foreign.body.errors).toEqual([expect.objectContaining({ path: 'hardwareLines.0.deliveryAddressId' })]);
    const typed = await create({ ...hardware(['SN-A3']), deliveryAddressId: undefined, deliveryAddress: address });
    expect(typed.status).toBe(400);
    expect(typed.body.code).toBe('VALIDATION_FAILED');
  });

  it('Given a serial in an open request, When another request selects it, Then SERIAL_ALREADY_IN_UPGRADE; once withdrawn it is free again', async () => {
    const http = env.http(svc);
    const first = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ basicInfo, hardwareLines: [hardware(['SN-A3'])] });
    expect(first.body.status).toBe('pending-approval');
    const second = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ basicInfo, hardwareLines: [hardware(['SN-A3', 'SN-A4'])] });
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({
      code: 'SERIAL_ALREADY_IN_UPGRADE',
      errors: [{ path: 'hardwareLines.0.serialNumbers.0' }],
    });

    const withdrawn = await http
      .post(`/upgrade-requests/${first.body.requestId}/withdraw`)
      .set(bearer(olivia))
      .send({});
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(
      (await http.post(`/upgrade-requests/${first.body.requestId}/withdraw`).set(bearer(olivia)).send({})).body,
    ).toMatchObject({ status: 409, code: 'UPGRADE_REQUEST_NOT_PENDING' });
    const third = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ basicInfo, hardwareLines: [hardware(['SN-A3', 'SN-A4'])] });
    expect(third.status).toBe(201);

    const rejected = await http
      .post(`/upgrade-requests/${third.body.requestId}/reject`)
      .set(bearer(ivan))
      .send({ reason: ' ' });
    expect(rejected.body).toMatchObject({ status: 422, code: 'REJECTION_REASON_REQUIRED' });
    const done = await http
      .post(`/upgrade-requests/${third.body.requestId}/reject`)
      .set(bearer(ivan))
      .send({ reason: 'Special pricing expired' });
    expect(done.body).toMatchObject({ status: 'rejected', rejectionReason: 'Special pricing expired' });
  });

  it('Given two requests submitted at the same time with the same serial, When both arrive, Then exactly one is accepted', async () => {
    const http = env.http(svc);
    const body = { basicInfo, hardwareLines: [hardware(['SN-A1'])] };
    const answers = await Promise.all(
      [1, 2, 3].map(() => http.post('/sales-orders/SO-1001/upgrade-requests').set(bearer(olivia)).send(body)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422, 422]);
    for (const refused of answers.filter((a) => a.status === 422))
      expect(refused.body.code).toBe('SERIAL_ALREADY_IN_UPGRADE');
    const accepted = answers.find((a) => a.status === 201)!;
    await http.post(`/upgrade-requests/${accepted.body.requestId}/withdraw`).set(bearer(olivia)).send({});
  });

  it('Given a complete draft, When submit is clicked twice at once, Then one submit wins, the other is refused and the serials stay held', async () => {
    const http = env.http(svc);
    const draft = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ submit: false, basicInfo, hardwareLines: [hardware(['SN-A2'])] });
    expect(draft.body.status).toBe('draft');
    const id = draft.body.requestId as string;
    const answers = await Promise.all(
      [1, 2].map(() => http.post(`/upgrade-requests/${id}/submit`).set(bearer(olivia)).send({})),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const other = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .send({ basicInfo, hardwareLines: [hardware(['SN-A2'])] });
    expect(other.body).toMatchObject({ status: 422, code: 'SERIAL_ALREADY_IN_UPGRADE' });
    expect(await svc.kit.db.collection('serial_holds').countDocuments({ requestId: id })).toBe(1);
    await http.post(`/upgrade-requests/${id}/withdraw`).set(bearer(olivia)).send({});
    expect(await svc.kit.db.collection('serial_holds').countDocuments({ requestId: id })).toBe(0);
  });

  it('Given an Idempotency-Key, When the same create is sent twice, Then one request exists and the first answer comes back', async () => {
    const http = env.http(svc);
    const body = { submit: false, comment: 'idempotent draft' };
    const first = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .set('idempotency-key', 'ur-create-1')
      .send(body);
    const again = await http
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(olivia))
      .set('idempotency-key', 'ur-create-1')
      .send(body);
    expect(first.status).toBe(201);
    expect(again.body.requestId).toBe(first.body.requestId);
    expect(await svc.kit.db.collection('upgrade_requests').countDocuments({ comment: 'idempotent draft' })).toBe(0);
    expect(
      await svc.kit.db.collection('upgrade_requests').countDocuments({ 'content.comment': 'idempotent draft' }),
    ).toBe(1);
  });

  it('Given a user without operations, When creating, Then 403 ROLE_REQUIRED', async () => {
    const res = await env
      .http(svc)
      .post('/sales-orders/SO-1001/upgrade-requests')
      .set(bearer(sam))
      .send({ basicInfo, hardwareLines: [hardware(['SN-A4'])] });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'ROLE_REQUIRED' });
  });

  it('Given an expired contract, When creating, Then CONTRACT_NOT_ACTIVE', async () => {
    const res = await env
      .http(svc)
      .post('/sales-orders/SO-OLD/upgrade-requests')
      .set(bearer(olivia))
      .send({ submit: false });
    expect(res.body).toMatchObject({ status: 422, code: 'CONTRACT_NOT_ACTIVE' });
  });

  it("Given another account's contract and order, When asked or upgraded, Then 404", async () => {
    const http = env.http(svc);
    await getWhen(env, svc, bob, '/sales-orders/SO-9009');
    expect((await http.get('/contracts/C-9009').set(bearer(olivia))).status).toBe(404);
    expect((await http.get('/contracts/C-9009/sales-orders').set(bearer(olivia))).status).toBe(404);
    expect(
      (await http.post('/sales-orders/SO-9009/upgrade-requests').set(bearer(olivia)).send({ submit: false })).status,
    ).toBe(404);
    expect((await http.get('/sales-orders/SO-9009/upgrade-options').set(bearer(olivia))).status).toBe(404);
  });

  it('Given a cancelled order, When an upgrade is requested, Then SALES_ORDER_NOT_ACTIVE', async () => {
    const cancel = env.erp.salesOrderCancelled(acme, 'SO-MARKER');
    await env.publish([
      { ...env.erp.salesOrderBooked(acme, { orderNumber: 'SO-CXL', contractNumber: 'C-1001' }) },
      { ...cancel, aggregateId: 'SO-CXL', payload: { ...cancel.payload, orderNumber: 'SO-CXL' } },
    ]);
    await getWhen(env, svc, olivia, '/sales-orders/SO-CXL', (r) => r.body?.status === 'cancelled');
    const res = await env
      .http(svc)
      .post('/sales-orders/SO-CXL/upgrade-requests')
      .set(bearer(olivia))
      .send({ submit: false });
    expect(res.body).toMatchObject({ status: 422, code: 'SALES_ORDER_NOT_ACTIVE' });
  });

  it('Given the OpenAPI document, Then every route is there with its error codes', async () => {
    const doc = (await env.http(svc).get('/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/contracts',
        '/contracts/{contractNumber}',
        '/contracts/{contractNumber}/sales-orders',
        '/sales-orders/{orderNumber}',
        '/sales-orders/{orderNumber}/upgrade-options',
        '/sales-orders/{orderNumber}/upgrade-requests',
        '/sales-orders/{orderNumber}/upgrade-requests/preview',
        '/upgrade-requests',
        '/upgrade-requests/{requestId}',
        '/upgrade-requests/{requestId}/basic-info',
        '/upgrade-requests/{requestId}/submit',
        '/upgrade-requests/{requestId}/approve',
        '/upgrade-requests/{requestId}/reject',
        '/upgrade-requests/{requestId}/withdraw',
        '/recent-orders',
        '/sales-orders/{orderNumber}/reorder',
        '/invoices',
        '/invoices/{invoiceNumber}',
      ]),
    );
    expect(JSON.stringify(doc.paths['/sales-orders/{orderNumber}/upgrade-requests'].post.responses)).toContain(
      'SERIAL_ALREADY_IN_UPGRADE',
    );
  });
});
