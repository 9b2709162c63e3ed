/** The document of a visible invoice as of now (number, account name, order, dates, status, payment, disputes). */
import type { Principal } from '@portal/platform';
import { invoiceDocument as document, type InvoiceDocument } from '../domain/invoice-document';
import type { OrderApp } from './order-app';

export async function invoiceDocument(
  app: OrderApp,
  principal: Principal,
  invoiceNumber: string,
): Promise<{ invoiceNumber: string; document: InvoiceDocument; at: Date }> {
  const invoice = await app.invoices.visibleInvoice(principal, invoiceNumber);
  const accountName = (await app.kit.access.account(invoice.accountId))?.name ?? invoice.accountId;
  const at = app.kit.clock.now();
  return { invoiceNumber: invoice.invoiceNumber, document: document(invoice, accountName, at), at };
}
