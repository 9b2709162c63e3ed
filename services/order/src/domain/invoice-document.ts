/**
 * What the PDF of an invoice says (seed 004 item 5), decided here so the renderer only lays it out: the invoice's
 * identity, dates, status as of now, pending payment and disputes, and the amount in the invoice's currency with
 * its minor-unit digits (en-US number format: the document is the ERP's, not localized).
 */
import { invoiceStatus, type InvoiceState } from './invoice';
import type { Money } from './types';

export interface InvoiceDocument {
  title: string;
  fields: { label: string; value: string }[];
  amountDue: string;
  notes: string[];
}

export function formatMoney(money: Money): string {
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'code',
  });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  // Integer arithmetic to the last digit: minor units are never turned into a float before formatting.
  const sign = money.amountMinor < 0 ? '-' : '';
  const abs = Math.abs(money.amountMinor);
  const major = Math.floor(abs / 10 ** digits);
  const minor = String(abs % 10 ** digits).padStart(digits, '0');
  const grouped = new Intl.NumberFormat('en-US').format(major);
  return `${sign}${money.currency} ${grouped}${digits ? `.${minor}` : ''}`;
}

export function invoiceDocument(invoice: InvoiceState, accountName: string, now: Date): InvoiceDocument {
  const issue = invoice.issue!;
  const status = invoiceStatus(invoice, now);
  const notes = [
    ...(invoice.payment
      ? [`Payment requested on ${invoice.payment.requestedAt.toISOString().slice(0, 10)}, waiting for confirmation.`]
      : []),
    ...(invoice.disputes ?? []).map((d) => `Disputed on ${d.disputedAt.toISOString().slice(0, 10)}: ${d.reason}`),
  ];
  return {
    title: `Invoice ${invoice.invoiceNumber}`,
    fields: [
      { label: 'Account', value: `${accountName} (${invoice.accountId})` },
      { label: 'Sales order', value: issue.orderNumber ?? '-' },
      { label: 'Issued on', value: issue.issuedOn },
      { label: 'Due on', value: issue.dueOn },
      { label: 'Status', value: status },
      ...(invoice.paidOn ? [{ label: 'Paid on', value: invoice.paidOn }] : []),
    ],
    amountDue: formatMoney(issue.amount),
    notes,
  };
}
