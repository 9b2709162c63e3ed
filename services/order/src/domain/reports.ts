/**
 * Report rows of the order service's data (seed 004 item 9; the CSV mechanism is the platform's): purchases (one
 * row per order placed in the period, cancelled ones left out, as in the account service's purchase summary) and
 * invoices (one row per invoice issued in the period, status as of now). Amounts are decimal strings in major
 * units with the currency beside them, computed from integer minor units.
 */
import { invoiceStatus, type InvoiceState } from './invoice';
import type { SalesOrderView } from './sales-order';
import type { Money } from './types';

/** Minor units per currency (ISO 4217 exponent, from Intl). */
const exponent = (currency: string): number =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

export function decimalAmount(money: Money): string {
  const digits = exponent(money.currency);
  const sign = money.amountMinor < 0 ? '-' : '';
  const abs = Math.abs(money.amountMinor);
  const major = Math.floor(abs / 10 ** digits);
  return digits === 0 ? `${sign}${major}` : `${sign}${major}.${String(abs % 10 ** digits).padStart(digits, '0')}`;
}

export const PURCHASE_COLUMNS = [
  { key: 'orderNumber', header: 'Order number' },
  { key: 'webOrderNumber', header: 'Web order number' },
  { key: 'placedAt', header: 'Placed at (UTC)' },
  { key: 'status', header: 'Status' },
  { key: 'contractNumber', header: 'Contract' },
  { key: 'items', header: 'Items' },
  { key: 'total', header: 'Total' },
  { key: 'currency', header: 'Currency' },
] as const;

export type PurchaseRow = Record<(typeof PURCHASE_COLUMNS)[number]['key'], string>;

export function purchaseRow(order: SalesOrderView): PurchaseRow {
  const totalMinor = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice.amountMinor, 0);
  return {
    orderNumber: order.orderNumber,
    webOrderNumber: order.webOrderNumber ?? '',
    placedAt: new Date(order.placedAt).toISOString(),
    status: order.status,
    contractNumber: order.contractNumber ?? '',
    items: order.lines.map((l) => `${l.quantity} x ${l.sku}`).join('; '),
    total: decimalAmount({ amountMinor: totalMinor, currency: order.currency }),
    currency: order.currency,
  };
}

export const INVOICE_COLUMNS = [
  { key: 'invoiceNumber', header: 'Invoice number' },
  { key: 'orderNumber', header: 'Order number' },
  { key: 'issuedOn', header: 'Issued on' },
  { key: 'dueOn', header: 'Due on' },
  { key: 'status', header: 'Status' },
  { key: 'amount', header: 'Amount' },
  { key: 'currency', header: 'Currency' },
  { key: 'paidOn', header: 'Paid on' },
  { key: 'disputes', header: 'Disputes' },
] as const;

export type InvoiceRow = Record<(typeof INVOICE_COLUMNS)[number]['key'], string>;

export function invoiceRow(invoice: InvoiceState, now: Date): InvoiceRow {
  const issue = invoice.issue!;
  return {
    invoiceNumber: invoice.invoiceNumber,
    orderNumber: issue.orderNumber ?? '',
    issuedOn: issue.issuedOn,
    dueOn: issue.dueOn,
    status: invoiceStatus(invoice, now),
    amount: decimalAmount(issue.amount),
    currency: issue.amount.currency,
    paidOn: invoice.paidOn ?? '',
    disputes: String(invoice.disputes?.length ?? 0),
  };
}
