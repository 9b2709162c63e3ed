import { ManualClock, type RunningService } from '@portal/platform';
import { erpEvent, type TestEnv } from '@portal/platform/src/testing';
import { orderService } from '../src/service';
import { acme, bearer, createEnv, distinct, getWhen, role } from './helpers';

const DAY = 86_400_000;

describe('order service: recent orders, re-order and invoices', () => {
  let env: TestEnv;
  let svc: RunningService;
  let olivia: string;
  let bob: string;
  const clock = new ManualClock(new Date('2026-11-22T09:00:00.000Z'));
  const ago = (days: number) => new Date(clock.now().getTime() - days * DAY);

  beforeAll(async () => {
    env = await createEnv('order-recent');
    svc = await env.start(orderService, { clock });
    await env.account(acme, { features: ['invoicing-reports'] });
    await env.account('acc-other', { features: [] });
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [role('buyer')] });
    bob = await env.tokenFor({ userId: 'u-bob', homeAccountId: 'acc-other', grants: [role('buyer', 'acc-other')] });
  });
  afterAll(async () => env?.close());

  it('Given online orders 3 and 40 days old and an offline one, When recent orders are listed, Then only the online one of the last 30 days shows', async () => {
    await env.publish([
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-NEW', webOrderNumber: 'W-NEW', placedAt: ago(3) }),
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-OLD', webOrderNumber: 'W-OLD', placedAt: ago(40) }),
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-PHONE', webOrderNumber: null, placedAt: ago(1) }),
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-NEWER', webOrderNumber: 'W-NEWER', placedAt: ago(1) }),
    ]);
    await getWhen(env, svc, olivia, '/sales-orders/SO-NEWER');
    const { body } = await getWhen(
      env,
      svc,
      olivia,
      '/recent-orders',
      (r) => r.status === 200 && r.body.items.length === 2,
    );
    expect(body.items.map((o: { orderNumber: string }) => o.orderNumber)).toEqual(['SO-NEWER', 'SO-NEW']);
    const page1 = await env.http(svc).get('/recent-orders?limit=1').set(bearer(olivia));
    expect(page1.body.items).toHaveLength(1);
    const page2 = await env.http(svc).get(`/recent-orders?limit=1&cursor=${page1.body.nextCursor}`).set(bearer(olivia));
    expect(page2.body.items[0].orderNumber).toBe('SO-NEW');
    expect((await env.http(svc).get('/recent-orders').set(bearer(bob))).body.items).toEqual([]);
    expect((await env.http(svc).get(`/recent-orders?accountId=${acme}`).set(bearer(bob))).status).toBe(404);
  });

  it('Given a recent order, When re-ordered, Then the lines come back as a cart-ready payload', async () => {
    const res = await env.http(svc).post('/sales-orders/SO-NEW/reorder').set(bearer(olivia)).send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      sourceOrderNumber: 'SO-NEW',
      sourceWebOrderNumber: 'W-NEW',
      items: [
        {
          sku: 'C9300-24T',
          kind: 'hardware',
          quantity: 2,
          unitPrice: { amountMinor: 350000, currency: 'EUR' },
          lineTotal: { amountMinor: 700000, currency: 'EUR' },
        },
      ],
      subtotal: { amountMinor: 700000, currency: 'EUR' },
    });
    expect(res.body.items[0].serialNumbers).toBeUndefined();
    expect((await env.http(svc).post('/sales-orders/SO-NEW/reorder').set(bearer(bob)).send({})).status).toBe(404);
  });

  it('Given paid, unpaid and overdue invoices, When listed with filters, Then status follows the due date and the clock', async () => {
    const out = env.probe('order.events.v1');
    await env.publish([
      env.erp.invoiceIssued(acme, { invoiceNumber: 'INV-PAID', issuedOn: '2026-10-01', dueOn: '2026-11-30' }),
      env.erp.invoiceIssued(acme, { invoiceNumber: 'INV-LATE', issuedOn: '2026-10-05', dueOn: '2026-11-04' }),
      env.erp.invoiceIssued(acme, {
        invoiceNumber: 'INV-OPEN',
        issuedOn: '2026-11-10',
        dueOn: '2026-12-10',
        orderNumber: 'SO-NEW',
      }),
      env.erp.invoiceIssued('acc-other', { invoiceNumber: 'INV-OTHER', issuedOn: '2026-11-10', dueOn: '2026-12-10' }),
    ]);
    await env.publish([
      erpEvent('InvoicePaid', 'INV-PAID', acme, { invoiceNumber: 'INV-PAID', paidOn: '2026-10-20', paymentId: null }),
    ]);
    const { body } = await getWhen(
      env,
      svc,
      olivia,
      '/invoices',
      (r) =>
        r.status === 200 &&
        r.body.items.length === 3 &&
        r.body.items.some((i: { status: string }) => i.status === 'paid'),
    );
    expect(body.items.map((i: { invoiceNumber: string; status: string }) => [i.invoiceNumber, i.status])).toEqual([
      ['INV-OPEN', 'unpaid'],
      ['INV-LATE', 'overdue'],
      ['INV-PAID', 'paid'],
    ]);
    const only = async (q: string) =>
      (await env.http(svc).get(`/invoices?${q}`).set(bearer(olivia))).body.items.map(
        (i: { invoiceNumber: string }) => i.invoiceNumber,
      );
    expect(await only('status=overdue')).toEqual(['INV-LATE']);
    expect(await only('status=paid')).toEqual(['INV-PAID']);
    expect(await only('status=unpaid')).toEqual(['INV-OPEN']);
    expect(await only('from=2026-10-02&to=2026-11-30')).toEqual(['INV-OPEN', 'INV-LATE']);
    expect((await env.http(svc).get('/invoices/INV-OPEN').set(bearer(olivia))).body).toMatchObject({
      status: 'unpaid',
      orderNumber: 'SO-NEW',
      amount: { amountMinor: 100000 },
    });
    expect((await env.http(svc).get('/invoices/INV-OTHER').set(bearer(olivia))).status).toBe(404);

    // The overdue one was flagged by the scheduled job (its due date was already past).
    const overdue = await out.waitFor((e) => e.eventType === 'InvoiceOverdue');
    expect(overdue).toMatchObject({ aggregateId: 'INV-LATE', payload: { dueOn: '2026-11-04' } });

    // Time passes: the open one becomes overdue and is flagged once.
    clock.set(new Date('2026-12-11T08:00:00.000Z'));
    await svc.kit.scheduler.runDue();
    await out.waitFor((e) => e.eventType === 'InvoiceOverdue' && e.aggregateId === 'INV-OPEN');
    expect((await env.http(svc).get('/invoices/INV-OPEN').set(bearer(olivia))).body.status).toBe('overdue');
    await svc.kit.scheduler.runDue();
    const flagged = distinct(out.events)
      .filter((e) => e.eventType === 'InvoiceOverdue' && e.accountId === acme)
      .map((e) => e.aggregateId);
    expect(flagged.sort()).toEqual(['INV-LATE', 'INV-OPEN']);
  });

  it('Given an account without invoicing reports, When its invoices are asked, Then 403 FEATURE_NOT_AVAILABLE', async () => {
    const res = await env.http(svc).get('/invoices').set(bearer(bob));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FEATURE_NOT_AVAILABLE' });
  });
});
