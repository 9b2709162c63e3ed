/** Demo invoices of acc-acme relative to `now`: INV-5001 paid, INV-5002 unpaid (due in 26 days), INV-5003 overdue. */
import type { AnyEnvelope } from '@portal/contracts';
import { addDays, isoDate } from '../domain/dates';
import { daysBefore, DEMO_ACCOUNT, eur, event } from './erp-event';

export function demoInvoiceEvents(now: Date): AnyEnvelope[] {
  const ago = daysBefore(now);
  const today = isoDate(now);
  const a = DEMO_ACCOUNT;

  const invoice = (
    invoiceNumber: string,
    orderNumber: string,
    issuedDaysAgo: number,
    dueInDays: number,
    amountMinor: number,
  ) =>
    event(
      `invoice:${invoiceNumber}`,
      'InvoiceIssued',
      invoiceNumber,
      a,
      {
        invoiceNumber,
        orderNumber,
        issuedOn: addDays(today, -issuedDaysAgo),
        dueOn: addDays(today, dueInDays),
        amount: eur(amountMinor),
      },
      ago(issuedDaysAgo),
    );

  return [
    invoice('INV-5001', 'SO-1002', 19, 11, 1030000), // paid
    event(
      'invoice:INV-5001:paid',
      'InvoicePaid',
      'INV-5001',
      a,
      { invoiceNumber: 'INV-5001', paidOn: addDays(today, -8), paymentId: null },
      ago(8),
    ),
    invoice('INV-5002', 'SO-1001', 4, 26, 4328800), // unpaid, due in 26 days
    invoice('INV-5003', 'SO-1003', 40, -10, 1900000), // overdue by 10 days
  ];
}
