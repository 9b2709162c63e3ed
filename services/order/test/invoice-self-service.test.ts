import { ManualClock, type RunningService } from '@portal/platform';
import { erpEvent, type TestEnv } from '@portal/platform/src/testing';
import { orderService } from '../src/service';
import { acme, bearer, createEnv, eventually, getWhen, role } from './helpers';
import { pdfText } from './pdf-text';

const card = (paymentMethodId: string, accountId = acme) =>
  erpEvent('PaymentMethodAdded', accountId, accountId, {
    paymentMethodId,
    processor: 'stripe',
    brand: 'visa',
    last4: '4242',
    expiryMonth: 12,
    expiryYear: 2030,
    label: null,
    addedBy: null,
  });

describe('order service: invoice PDF, payment with a saved method, dispute', () => {
  let env: TestEnv;
  let svc: RunningService;
  let bea: string; // buyer of acme
  let shay: string; // shopper of acme
  let bob: string; // buyer of another account
  const clock = new ManualClock(new Date('2026-11-22T09:00:00.000Z'));

  beforeAll(async () => {
    env = await createEnv('order-invoice-self');
    svc = await env.start(orderService, { clock });
    await env.account(acme, { features: ['invoicing-reports'] });
    await env.account('acc-other', { features: ['invoicing-reports'] });
    bea = await env.tokenFor({ userId: 'u-bea', homeAccountId: acme, grants: [role('buyer')] });
    shay = await env.tokenFor({ userId: 'u-shay', homeAccountId: acme, grants: [role('shopper')] });
    bob = await env.tokenFor({ userId: 'u-bob', homeAccountId: 'acc-other', grants: [role('buyer', 'acc-other')] });
    await env.tokenFor({
      userId: 'u-ada',
      userType: 'internal',
      homeAccountId: 'vendor',
      grants: [role('account-manager', 'vendor')],
    });
    await env.publish([
      env.erp.invoiceIssued(acme, {
        invoiceNumber: 'INV-7001',
        orderNumber: 'SO-7001',
        issuedOn: '2026-11-01',
        dueOn: '2026-12-01',
        amount: { amountMinor: 1234567, currency: 'EUR' },
      }),
      card('pm-acme'),
      card('pm-other', 'acc-other'),
    ]);
    await getWhen(env, svc, bea, '/invoices/INV-7001');
  });
  afterAll(async () => env?.close());

  it('Given an issued invoice, When its PDF is asked for, Then a PDF whose text carries the number and the amount; 404 to others', async () => {
    const res = await env
      .http(svc)
      .get('/invoices/INV-7001/pdf')
      .set(bearer(bea))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="INV-7001.pdf"');
    const text = await pdfText(res.body as Buffer);
    expect(text).toContain('Invoice INV-7001');
    expect(text).toContain('Amount due: EUR 12,345.67');
    expect((await env.http(svc).get('/invoices/INV-7001/pdf').set(bearer(bob))).status).toBe(404);
  });

  it('Given a saved card, When a buyer pays, Then payment-pending and the ERP command; When the ERP confirms, Then paid and InvoicePaymentConfirmed', async () => {
    const out = env.probe('order.events.v1');
    // The card of another account is unknown here; a shopper may not pay.
    const foreign = await env
      .http(svc)
      .post('/invoices/INV-7001/payments')
      .set(bearer(bea))
      .send({ paymentMethodId: 'pm-other' });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('PAYMENT_METHOD_UNKNOWN');
    const shopper = await env
      .http(svc)
      .post('/invoices/INV-7001/payments')
      .set(bearer(shay))
      .send({ paymentMethodId: 'pm-acme' });
    expect(shopper.status).toBe(403);
    expect(shopper.body.code).toBe('ROLE_REQUIRED');

    // The card projection is event-driven: wait until the payment is accepted.
    const paid = await eventually(
      () => env.http(svc).post('/invoices/INV-7001/payments').set(bearer(bea)).send({ paymentMethodId: 'pm-acme' }),
      (r) => r.status === 202,
    );
    expect(paid.body).toMatchObject({
      status: 'payment-pending',
      payment: { paymentMethodId: 'pm-acme', requestedBy: 'u-bea' },
    });
    const requested = await out.waitFor((e) => e.eventType === 'InvoicePaymentRequested');
    expect(requested.payload).toMatchObject({
      invoiceNumber: 'INV-7001',
      paymentMethodId: 'pm-acme',
      amount: { amountMinor: 1234567, currency: 'EUR' },
      requestedBy: 'u-bea',
    });
    const again = await env
      .http(svc)
      .post('/invoices/INV-7001/payments')
      .set(bearer(bea))
      .send({ paymentMethodId: 'pm-acme' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVOICE_PAYMENT_PENDING');
    const pendingList = await env.http(svc).get('/invoices?status=payment-pending').set(bearer(bea));
    expect(pendingList.body.items.map((i: { invoiceNumber: string }) => i.invoiceNumber)).toEqual(['INV-7001']);

    const paymentId = (requested.payload as { paymentId: string }).paymentId;
    await env.publish([
      erpEvent('InvoicePaid', 'INV-7001', acme, { invoiceNumber: 'INV-7001', paidOn: '2026-11-23', paymentId }),
    ]);
    const confirmed = await out.waitFor((e) => e.eventType === 'InvoicePaymentConfirmed');
    expect(confirmed.payload).toMatchObject({
      invoiceNumber: 'INV-7001',
      paymentId,
      requestedBy: 'u-bea',
      paidOn: '2026-11-23',
    });
    const { body } = await getWhen(env, svc, bea, '/invoices/INV-7001', (r) => r.body?.status === 'paid');
    expect(body).toMatchObject({ status: 'paid', paidOn: '2026-11-23', payment: null });
  });

  it('Given an invoice, When a user disputes it with a reason, Then it is recorded and InvoiceDisputed names the account team', async () => {
    const out = env.probe('order.events.v1');
    const blank = await env.http(svc).post('/invoices/INV-7001/disputes').set(bearer(shay)).send({ reason: '  ' });
    expect(blank.status).toBe(422);
    expect(blank.body.code).toBe('DISPUTE_REASON_REQUIRED');
    const res = await env
      .http(svc)
      .post('/invoices/INV-7001/disputes')
      .set(bearer(shay))
      .send({ reason: 'Line 2 was billed twice' });
    expect(res.status).toBe(201);
    expect(res.body.disputes).toEqual([
      expect.objectContaining({ reason: 'Line 2 was billed twice', disputedBy: 'u-shay' }),
    ]);
    const disputed = await out.waitFor((e) => e.eventType === 'InvoiceDisputed');
    expect(disputed.payload).toMatchObject({
      invoiceNumber: 'INV-7001',
      reason: 'Line 2 was billed twice',
      disputedBy: 'u-shay',
      accountTeamUserIds: ['u-ada'],
    });
    expect(
      (await env.http(svc).post('/invoices/INV-7001/disputes').set(bearer(bob)).send({ reason: 'x' })).status,
    ).toBe(404);
  });
});
