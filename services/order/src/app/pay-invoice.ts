/** Pays a visible invoice with a saved payment method of its account: payment-pending until the ERP's InvoicePaid. */
import { randomUUID } from 'node:crypto';
import type { Principal } from '@portal/platform';
import type { InvoiceState } from '../domain/invoice';
import { requestInvoicePayment } from '../domain/invoice-payment';
import type { OrderApp } from './order-app';

export async function payInvoice(
  app: OrderApp,
  principal: Principal,
  invoiceNumber: string,
  paymentMethodId: string,
): Promise<InvoiceState> {
  const paymentId = `PAY-${randomUUID()}`;
  const invoice = await app.invoices.visibleInvoice(principal, invoiceNumber);
  const book = await app.stores.accountBook(invoice.accountId);
  // The caller was checked (visibleInvoice); an invoice is never deleted, so `current` is there.
  const result = await app.stores.invoices.decide(invoiceNumber, (current) =>
    requestInvoicePayment(current!, { paymentId, paymentMethodId, caller: principal, book, now: app.kit.clock.now() }),
  );
  return result.state;
}
