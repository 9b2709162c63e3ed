/**
 * What the PDF of an invoice says (seed 004 item 5), decided here so the renderer only lays it out: the invoice's
 * identity, dates, status as of now, pending payment and disputes, and the amount in the invoice's currency with
 * its minor-unit digits (en-US number format: the document is the ERP's, not localized).
 */
import { invoiceStatus, type InvoiceState } from './invoice';
import { decimalAmount } from './reports';
import type { Money } from './types';

export interface InvoiceDocument {
  title: string;
  fields: { label: string; value: string }[];
  amountDue: string;
  notes: string[];
}

export function formatMoney(money: Money): string {
  const [major, minor] = decimalAmount(money).replace('-', '').split('.');
  const grouped = new Intl.NumberFormat('en-US').format(Number(major));
  return `${money.amountMinor < 0 ? '-' : ''}${money.currency} ${grouped}${minor === undefined ? '' : `.${minor}`}`;
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
