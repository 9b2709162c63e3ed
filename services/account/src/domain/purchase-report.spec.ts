import { purchaseReport } from './purchase-report';
import { order, refusal } from './testing/fixtures';

const line = (sku: string, quantity: number, amountMinor: number) => ({
  lineNumber: 1,
  sku,
  kind: 'hardware' as const,
  description: '',
  quantity,
  unitPrice: { amountMinor, currency: 'EUR' },
});

describe('purchase report', () => {
  const orders = [
    order({ orderNumber: 'SO-1', placedAt: '2026-01-10T10:00:00.000Z', lines: [line('A', 2, 100)], totalMinor: 200 }),
    order({
      orderNumber: 'SO-2',
      placedAt: '2026-02-10T10:00:00.000Z',
      lines: [line('A', 1, 100), line('B', 1, 50)],
      totalMinor: 150,
    }),
    order({
      orderNumber: 'SO-3',
      placedAt: '2026-02-11T10:00:00.000Z',
      currency: 'USD',
      lines: [line('B', 1, 70)],
      totalMinor: 70,
    }),
    order({ orderNumber: 'SO-4', placedAt: '2026-02-12T10:00:00.000Z', status: 'cancelled', totalMinor: 999 }),
    order({ orderNumber: 'SO-5', placedAt: '2026-04-01T00:00:00.000Z', totalMinor: 1 }),
  ];

  it('Given orders, When a period is reported, Then totals per currency and per SKU, cancelled and out-of-period orders left out', () => {
    const report = purchaseReport(orders, { from: '2026-01-10', to: '2026-02-28' });
    expect(report.orderCount).toBe(3);
    expect(report.totals).toEqual([
      { currency: 'EUR', amountMinor: 350 },
      { currency: 'USD', amountMinor: 70 },
    ]);
    expect(report.bySku).toEqual([
      { sku: 'A', product: 'A', quantity: 3, amountMinor: 300, currency: 'EUR' },
      { sku: 'B', product: 'B', quantity: 1, amountMinor: 50, currency: 'EUR' },
      { sku: 'B', product: 'B', quantity: 1, amountMinor: 70, currency: 'USD' },
    ]);
    expect(report.orders.map((o) => o.orderNumber)).toEqual(['SO-1', 'SO-2', 'SO-3']);
  });

  it('Given a period ending before it starts, When reported, Then INVALID_PERIOD', () => {
    expect(refusal(() => purchaseReport(orders, { from: '2026-03-01', to: '2026-02-01' })).code).toBe('INVALID_PERIOD');
  });

  it('Given more than 366 days, When reported, Then REPORT_PERIOD_TOO_LONG', () => {
    expect(refusal(() => purchaseReport(orders, { from: '2025-01-01', to: '2026-01-02' })).code).toBe(
      'REPORT_PERIOD_TOO_LONG',
    );
    expect(purchaseReport(orders, { from: '2025-01-01', to: '2026-01-01' }).orderCount).toBe(0);
  });

  it('Given impossible dates, When reported, Then FIELD_INVALID per field', () => {
    expect(
      refusal(() => purchaseReport(orders, { from: '2026-02-30', to: 'soon' })).errors!.map((e) => e.path),
    ).toEqual(['from', 'to']);
  });
});
