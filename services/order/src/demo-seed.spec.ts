import { EventCodec } from '@portal/contracts';
import { orderDemoEvents } from './demo-seed';
import { invoiceStatus, recordInvoiceFact, type InvoiceState } from './domain/invoice';
import { recentOnlineOrders } from '@portal/platform/src/domain';
import { recordSalesOrderFact, type SalesOrderState } from './domain/sales-order';
import { invoiceFactOf, salesOrderFactOf, sourceOf } from './messaging/erp-facts';

const now = new Date('2026-11-22T10:00:00Z');

describe('order demo seed', () => {
  const events = orderDemoEvents(now);

  it('Given the demo events, When built twice, Then event ids are stable so re-seeding changes nothing', () => {
    expect(orderDemoEvents(now).map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
  });

  it('Given the demo events, When encoded with the contracts codec, Then every one is valid Avro', async () => {
    const codec = new EventCodec();
    for (const e of events) expect((await codec.decode(await codec.encode(e))).eventId).toBe(e.eventId);
  });

  it('Given the demo orders, When applied, Then there are recent online orders, one shipped+confirmed, one on export hold, serials on hardware', () => {
    const states = new Map<string, SalesOrderState>();
    for (const e of events) {
      const found = salesOrderFactOf(e);
      if (!found) continue;
      const r = recordSalesOrderFact(states.get(found.orderNumber) ?? null, found.orderNumber, found.fact, sourceOf(e));
      if (r) states.set(found.orderNumber, r.state);
    }
    const views = [...states.values()].map((s) => s.view!);
    expect(recentOnlineOrders(views, now).map((o) => o.orderNumber)).toEqual(['SO-1001', 'SO-1002']);
    expect(views.find((o) => o.orderNumber === 'SO-1002')).toMatchObject({
      shipped: true,
      confirmed: true,
      status: 'confirmed',
    });
    expect(views.find((o) => o.orderNumber === 'SO-1003')).toMatchObject({ exportHold: true });
    expect(new Set(views.flatMap((o) => o.lines.map((l) => l.kind)))).toEqual(
      new Set(['hardware', 'software', 'service', 'subscription']),
    );
    expect(
      views.every((o) =>
        o.lines.filter((l) => l.kind === 'hardware').every((l) => l.serialNumbers.length === l.quantity),
      ),
    ).toBe(true);
  });

  it('Given the demo invoices, When applied, Then one is paid, one unpaid and one overdue', () => {
    const states = new Map<string, InvoiceState>();
    for (const e of events) {
      const found = invoiceFactOf(e);
      if (!found) continue;
      const r = recordInvoiceFact(
        states.get(found.invoiceNumber) ?? null,
        found.invoiceNumber,
        found.fact,
        sourceOf(e),
      );
      if (r) states.set(found.invoiceNumber, r.state);
    }
    expect([...states.values()].map((i) => invoiceStatus(i, now)).sort()).toEqual(['overdue', 'paid', 'unpaid']);
  });
});
