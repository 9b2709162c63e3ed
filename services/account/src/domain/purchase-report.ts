import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import type { OrderRecord } from './sales-orders';
import { daysBetween } from '@portal/platform/src/domain';

export const MAX_REPORT_DAYS = 366;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ReportPeriod {
  from: string;
  to: string;
}

export function validatePeriod(p: ReportPeriod): FieldError[] {
  const errors: FieldError[] = [];
  const valid = (d: string) =>
    ISO_DATE.test(d) &&
    !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
    new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!valid(p.from)) errors.push({ path: 'from', code: 'FIELD_INVALID', message: 'an ISO date' });
  if (!valid(p.to)) errors.push({ path: 'to', code: 'FIELD_INVALID', message: 'an ISO date' });
  if (errors.length) return errors;
  if (p.from > p.to) errors.push({ path: 'to', code: 'INVALID_PERIOD', message: 'the period ends before it starts' });
  else if (daysBetween(p.from, p.to) + 1 > MAX_REPORT_DAYS)
    errors.push({ path: 'to', code: 'REPORT_PERIOD_TOO_LONG', message: `at most ${MAX_REPORT_DAYS} days` });
  return errors;
}

/**
 * Purchases of the account over a period of calendar days (UTC, both ends inclusive): cancelled orders are left
 * out; totals per currency in minor units; per SKU quantities and amounts.
 */
export function purchaseReport(orders: OrderRecord[], period: ReportPeriod) {
  assertNoFieldErrors(validatePeriod(period));
  const inPeriod = orders
    .filter((o) => o.status !== 'cancelled')
    .filter((o) => o.placedAt.slice(0, 10) >= period.from && o.placedAt.slice(0, 10) <= period.to)
    .sort((a, b) =>
      a.placedAt < b.placedAt ? -1 : a.placedAt > b.placedAt ? 1 : a.orderNumber < b.orderNumber ? -1 : 1,
    );
  const totals = new Map<string, number>();
  const bySku = new Map<
    string,
    { sku: string; product: string; quantity: number; amountMinor: number; currency: string }
  >();
  for (const o of inPeriod) {
    totals.set(o.currency, (totals.get(o.currency) ?? 0) + o.totalMinor);
    for (const l of o.lines) {
      const key = `${l.sku}|${o.currency}`;
      const row = bySku.get(key) ?? {
        sku: l.sku,
        product: l.description || l.sku,
        quantity: 0,
        amountMinor: 0,
        currency: o.currency,
      };
      row.quantity += l.quantity;
      row.amountMinor += l.quantity * l.unitPrice.amountMinor;
      bySku.set(key, row);
    }
  }
  return {
    period,
    orderCount: inPeriod.length,
    totals: [...totals.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, amountMinor]) => ({ currency, amountMinor })),
    bySku: [...bySku.values()].sort((a, b) =>
      a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : a.currency < b.currency ? -1 : 1,
    ),
    orders: inPeriod.map((o) => ({
      orderNumber: o.orderNumber,
      placedAt: o.placedAt,
      status: o.status,
      total: { amountMinor: o.totalMinor, currency: o.currency },
    })),
  };
}
