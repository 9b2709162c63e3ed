/**
 * Invoices (seed 004 item 5): the list and one invoice, its PDF, paying it with a saved payment method (a command
 * to the ERP, `payment-pending` until its InvoicePaid) and disputing it (the account team is told).
 */
import { defineRoute, Download, pageQuery, pageSchema, z } from '@portal/platform';
import { disputeInvoice } from '../app/dispute-invoice';
import { invoiceDocument } from '../app/invoice-document';
import { listInvoices } from '../app/list-invoices';
import type { OrderApp } from '../app/order-app';
import { payInvoice } from '../app/pay-invoice';
import { renderInvoicePdf } from './invoice-pdf';
import { DisputeBody, InvoiceListQuery, InvoiceView, PaymentBody } from './invoice-schemas';
import { invoiceNumberParam } from './schemas';
import { invoiceView } from './views';

const params = z.object({ invoiceNumber: invoiceNumberParam });

export function invoiceRoutes(app: OrderApp) {
  const now = () => app.kit.clock.now();
  const shown = (status: 201 | 202, invoiceNumber: string, state: Parameters<typeof invoiceView>[0]) => ({
    status,
    headers: { location: `/invoices/${invoiceNumber}` },
    body: invoiceView(state, now()),
  });
  return [
    defineRoute({
      method: 'get',
      path: '/invoices',
      summary:
        "Invoices of the caller's accounts with invoicing reports enabled; status derived from the due date and the clock",
      query: pageQuery.merge(InvoiceListQuery),
      responses: { 200: pageSchema(InvoiceView) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      handler: async ({ query, principal }) => {
        const found = await listInvoices(app, principal, query);
        return { body: { items: found.items.map((i) => invoiceView(i, now())), nextCursor: found.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/invoices/:invoiceNumber',
      summary: 'One invoice',
      params,
      responses: { 200: InvoiceView },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      handler: async ({ params: p, principal }) => ({
        body: invoiceView(await app.invoices.visibleInvoice(principal, p.invoiceNumber), now()),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/invoices/:invoiceNumber/pdf',
      summary: 'The invoice as a PDF document (amount, dates, status as of now, pending payment, disputes)',
      params,
      produces: 'application/pdf',
      responses: { 200: z.string().openapi({ format: 'binary' }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      handler: async ({ params: p, principal }) => {
        const { invoiceNumber, document, at } = await invoiceDocument(app, principal, p.invoiceNumber);
        return { body: new Download('application/pdf', await renderInvoicePdf(document, at), `${invoiceNumber}.pdf`) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/invoices/:invoiceNumber/payments',
      summary:
        'Pay an unpaid invoice with a saved payment method of its account: publishes InvoicePaymentRequested for the ERP; the invoice is payment-pending until the ERP confirms',
      params,
      body: PaymentBody,
      responses: { 202: InvoiceView },
      errors: [
        'NOT_FOUND',
        'FEATURE_NOT_AVAILABLE',
        'ROLE_REQUIRED',
        'INVOICE_ALREADY_PAID',
        'INVOICE_PAYMENT_PENDING',
        'PAYMENT_METHOD_UNKNOWN',
        'PAYMENT_METHOD_EXPIRED',
      ],
      handler: async ({ params: p, body, principal }) =>
        shown(202, p.invoiceNumber, await payInvoice(app, principal, p.invoiceNumber, body.paymentMethodId)),
    }),
    defineRoute({
      method: 'post',
      path: '/invoices/:invoiceNumber/disputes',
      summary: 'Dispute an invoice with a reason: recorded on the invoice; InvoiceDisputed tells the account team',
      params,
      body: DisputeBody,
      responses: { 201: InvoiceView },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE', 'DISPUTE_REASON_REQUIRED', 'REASON_TOO_LONG'],
      handler: async ({ params: p, body, principal }) =>
        shown(201, p.invoiceNumber, await disputeInvoice(app, principal, p.invoiceNumber, body.reason)),
    }),
  ];
}
