import { ManualClock, type RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { parse } from 'csv-parse/sync';
import { orderService } from '../src/service';
import { acme, applied, bearer, createEnv, role } from './helpers';

describe('order service: purchases and invoices reports as streamed CSV', () => {
  let env: TestEnv;
  let svc: RunningService;
  let rita: string; // reporting on acme
  let bea: string; // buyer on acme
  const clock = new ManualClock(new Date('2026-11-22T09:00:00.000Z'));
  const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

  beforeAll(async () => {
    env = await createEnv('order-reports');
    svc = await env.start(orderService, { clock, extra: { REPORT_ROW_LIMIT: 3 } });
    await env.account(acme, { features: ['reports', 'invoicing-reports'] });
    rita = await env.tokenFor({ userId: 'u-rita', homeAccountId: acme, grants: [role('reporting')] });
    bea = await env.tokenFor({ userId: 'u-bea', homeAccountId: acme, grants: [role('buyer')] });
    const last = env.erp.invoiceIssued(acme, { invoiceNumber: 'INV-R3', issuedOn: '2026-11-20', dueOn: '2026-12-20' });
    const orders = [
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-R1', placedAt: new Date('2026-10-02T10:00:00Z') }),
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-R2', placedAt: new Date('2026-10-30T10:00:00Z') }),
      env.erp.salesOrderBooked(acme, { orderNumber: 'SO-R0', placedAt: new Date('2026-09-30T23:59:00Z') }),
      env.erp.salesOrderBooked('acc-other', { orderNumber: 'SO-X', placedAt: new Date('2026-10-05T10:00:00Z') }),
    ];
    await env.publish([
      ...orders,
      env.erp.invoiceIssued(acme, {
        invoiceNumber: 'INV-R1',
        issuedOn: '2026-10-01',
        dueOn: '2026-10-31',
        amount: { amountMinor: 1234567, currency: 'EUR' },
      }),
      env.erp.invoiceIssued(acme, { invoiceNumber: 'INV-R2', issuedOn: '2026-11-01', dueOn: '2026-12-01' }),
      env.erp.invoiceIssued(acme, { invoiceNumber: 'INV-R4', issuedOn: '2026-11-21', dueOn: '2026-12-21' }),
      last,
    ]);
    for (const o of orders) await applied(svc, 'sales_orders', o);
    await applied(svc, 'invoices', last);
  });
  afterAll(async () => env?.close());

  it('Given orders in and out of October, When the purchases report of October is downloaded, Then one CSV row per order of the account placed in it', async () => {
    const res = await env
      .http(svc)
      .get(`/accounts/${acme}/reports/purchases.csv?from=2026-10-01&to=2026-10-31`)
      .set(bearer(rita));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="purchases-${acme}-2026-10-01-2026-10-31.csv"`,
    );
    const rows = csv(res.text);
    expect(rows.map((r) => r['Order number'])).toEqual(['SO-R1', 'SO-R2']);
    expect(rows[0]).toMatchObject({ Status: 'booked', Items: '2 x C9300-24T', Total: '7000.00', Currency: 'EUR' });
  });

  it('Given invoices, When the invoices report is downloaded, Then each invoice issued in the period with its status as of now', async () => {
    const res = await env
      .http(svc)
      .get(`/accounts/${acme}/reports/invoices.csv?from=2026-10-01&to=2026-11-01`)
      .set(bearer(rita));
    expect(res.status).toBe(200);
    expect(csv(res.text)).toEqual([
      expect.objectContaining({ 'Invoice number': 'INV-R1', Status: 'overdue', Amount: '12345.67', Currency: 'EUR' }),
      expect.objectContaining({ 'Invoice number': 'INV-R2', Status: 'unpaid', Amount: '1000.00' }),
    ]);
  });

  it('refuses beyond the row limit, a bad period, a user without reporting access and a stranger, each with its problem', async () => {
    const get = (path: string, token = rita) =>
      env.http(svc).get(`/accounts/${acme}/reports/${path}`).set(bearer(token));
    const large = await get('invoices.csv?from=2026-10-01&to=2026-11-30');
    expect(large.status).toBe(422);
    expect(large.headers['content-type']).toMatch(/problem\+json/);
    expect(large.body).toMatchObject({ code: 'REPORT_TOO_LARGE' });
    expect((await get('invoices.csv?from=2026-11-30&to=2026-10-01')).body.code).toBe('INVALID_PERIOD');
    expect((await get('invoices.csv?from=2025-01-01&to=2026-10-01')).body.code).toBe('REPORT_PERIOD_TOO_LONG');
    expect((await get('invoices.csv?from=2026-10-01')).status).toBe(400);
    expect((await get('purchases.csv?from=2026-10-01&to=2026-10-31', bea)).body).toMatchObject({
      status: 403,
      code: 'ROLE_REQUIRED',
    });
    const stranger = await env.tokenFor({
      userId: 'u-x',
      homeAccountId: 'acc-other',
      grants: [role('site-admin', 'acc-other')],
    });
    expect((await get('purchases.csv?from=2026-10-01&to=2026-10-31', stranger)).status).toBe(404);
  });
});
