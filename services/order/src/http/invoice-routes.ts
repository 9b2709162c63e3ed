/**
 * Invoice self-service (seed 004 item 5): the PDF of an invoice, paying it with a saved payment method (a command
 * to the ERP, `payment-pending` until its InvoicePaid) and disputing it (the account team is told).
 */
import { defineRoute, Download, z, type ServiceKit } from '@portal/platform';
import { randomUUID } from 'node:crypto';
import { ACCOUNT_TEAM_ROLE, disputeInvoice } from '../domain/invoice-dispute';
import { invoiceDocument } from '../domain/invoice-document';
import { requestInvoicePayment } from '../domain/invoice-payment';
import type { OrderStores } from '../store/stores';
import type { InvoiceAccess } from './invoice-access';
import { renderInvoicePdf } from './invoice-pdf';
import { DisputeBody, InvoiceView, PaymentBody } from './invoice-schemas';
import { invoiceNumberParam } from './schemas';
import { invoiceView } from './views';

const params = z.object({ invoiceNumber: invoiceNumberParam });

export function invoiceRoutes(kit: ServiceKit, stores: OrderStores, access: InvoiceAccess, vendorAccountId: string) {
  /** Internal users holding the account-team role on the invoice's account or on the vendor account. */
  const accountTeam = async (accountId: string): Promise<string[]> =>
    (await kit.access.internalUsers())
      .filter((u) => u.status !== 'disabled')
      .filter((u) =>
        u.grants.some(
          (g) => g.role === ACCOUNT_TEAM_ROLE && (g.accountId === accountId || g.accountId === vendorAccountId),
        ),
      )
      .map((u) => u.userId);

  /** The caller was checked before (visibleInvoice); an invoice is never deleted, so `current` is there. */
  const changeInvoice = async (invoiceNumber: string, decide: Parameters<typeof stores.invoices.decide>[1]) =>
    (await stores.invoices.decide(invoiceNumber, decide)).state!;

  return [
    defineRoute({
      method: 'get',
      path: '/invoices/:invoiceNumber/pdf',
      summary: 'The invoice as a PDF document (amount, dates, status as of now, pending payment, disputes)',
      params,
      produces: 'application/pdf',
      responses: { 200: z.string().openapi({ format: 'binary' }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      handler: async ({ params: p, principal }) => {
        const invoice = await access.visibleInvoice(principal, p.invoiceNumber);
        const accountName = (await kit.access.account(invoice.accountId))?.name ?? invoice.accountId;
        const now = kit.clock.now();
        const pdf = await renderInvoicePdf(invoiceDocument(invoice, accountName, now), now);
        return { body: new Download('application/pdf', pdf, `${invoice.invoiceNumber}.pdf`) };
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
      handler: async ({ params: p, body, principal }) => {
        const paymentId = `PAY-${randomUUID()}`;
        const invoice = await access.visibleInvoice(principal, p.invoiceNumber);
        const book = await stores.accountBook(invoice.accountId);
        const state = await changeInvoice(p.invoiceNumber, (current) =>
          requestInvoicePayment(current!, {
            paymentId,
            paymentMethodId: body.paymentMethodId,
            caller: principal,
            book,
            now: kit.clock.now(),
          }),
        );
        return {
          status: 202,
          headers: { location: `/invoices/${p.invoiceNumber}` },
          body: invoiceView(state, kit.clock.now()),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/invoices/:invoiceNumber/disputes',
      summary: 'Dispute an invoice with a reason: recorded on the invoice; InvoiceDisputed tells the account team',
      params,
      body: DisputeBody,
      responses: { 201: InvoiceView },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE', 'DISPUTE_REASON_REQUIRED', 'REASON_TOO_LONG'],
      handler: async ({ params: p, body, principal }) => {
        const disputeId = `DSP-${randomUUID()}`;
        const invoice = await access.visibleInvoice(principal, p.invoiceNumber);
        const team = await accountTeam(invoice.accountId);
        const state = await changeInvoice(p.invoiceNumber, (current) =>
          disputeInvoice(current!, {
            disputeId,
            reason: body.reason,
            caller: principal,
            accountTeamUserIds: team,
            now: kit.clock.now(),
          }),
        );
        return {
          status: 201,
          headers: { location: `/invoices/${p.invoiceNumber}` },
          body: invoiceView(state, kit.clock.now()),
        };
      },
    }),
  ];
}
