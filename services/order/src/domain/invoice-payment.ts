/**
 * Paying an unpaid invoice with a saved payment method (seed 004 item 5). The portal never charges: it publishes
 * InvoicePaymentRequested (a command to the ERP) and shows the invoice `payment-pending` until the ERP's
 * InvoicePaid, which then publishes InvoicePaymentConfirmed for the payer.
 *  - INVOICE_ALREADY_PAID (409) when paid; INVOICE_PAYMENT_PENDING (409) while an earlier payment waits;
 *  - PAYMENT_METHOD_UNKNOWN (422) when the method is not one of the invoice's account (a method of another account
 *    is "unknown" too: its existence is not disclosed); PAYMENT_METHOD_EXPIRED (422) for an expired card.
 *  - Paying needs `site-admin` or `buyer` on the invoice's account (ROLE_REQUIRED, 403): they are the roles told of
 *    overdue invoices.
 */
import type { InvoicePaymentConfirmedPayload, InvoicePaymentRequestedPayload } from '@portal/contracts';
import { DomainError, forbidden } from '@portal/platform/src/errors';
import { isExpired, paymentMethodOf, type AccountBook } from './account-book';
import { orderErrors } from './errors';
import type { InvoiceState } from './invoice';
import { hasRoleOn } from '@portal/platform/src/domain';
import type { Caller, DomainEvent } from './types';

export const PAYING_ROLES = ['site-admin', 'buyer'];

export interface PendingPayment {
  paymentId: string;
  paymentMethodId: string;
  requestedBy: string;
  requestedAt: Date;
}

export type InvoicePaymentEvent =
  | DomainEvent<'InvoicePaymentRequested', InvoicePaymentRequestedPayload>
  | DomainEvent<'InvoicePaymentConfirmed', InvoicePaymentConfirmedPayload>;

export const mayPay = (caller: Caller, accountId: string): boolean =>
  hasRoleOn(caller, accountId, PAYING_ROLES, { contractNumber: null });

export function requestInvoicePayment(
  invoice: InvoiceState,
  command: { paymentId: string; paymentMethodId: string; caller: Caller; book: AccountBook | null; now: Date },
): { state: InvoiceState; events: InvoicePaymentEvent[] } {
  const { caller, now } = command;
  if (!mayPay(caller, invoice.accountId))
    throw forbidden('ROLE_REQUIRED', `Paying invoices needs ${PAYING_ROLES.join(' or ')} on the account`);
  if (invoice.paidOn) throw orderErrors.INVOICE_ALREADY_PAID(`Invoice ${invoice.invoiceNumber} is paid`);
  if (invoice.payment)
    throw orderErrors.INVOICE_PAYMENT_PENDING(`A payment of invoice ${invoice.invoiceNumber} is waiting for the ERP`);
  const method = paymentMethodOf(command.book, command.paymentMethodId);
  if (!method)
    throw DomainError.fromFieldErrors([
      {
        path: 'paymentMethodId',
        code: 'PAYMENT_METHOD_UNKNOWN',
        message: 'Not a saved payment method of this account',
      },
    ]);
  if (isExpired(method, now))
    throw DomainError.fromFieldErrors([
      {
        path: 'paymentMethodId',
        code: 'PAYMENT_METHOD_EXPIRED',
        message: `The card expired ${method.expiryMonth}/${method.expiryYear}`,
      },
    ]);
  const payment: PendingPayment = {
    paymentId: command.paymentId,
    paymentMethodId: method.paymentMethodId,
    requestedBy: caller.userId,
    requestedAt: now,
  };
  return {
    state: { ...invoice, payment, paymentRequestedAt: now },
    events: [
      {
        type: 'InvoicePaymentRequested',
        payload: {
          invoiceNumber: invoice.invoiceNumber,
          paymentId: payment.paymentId,
          paymentMethodId: payment.paymentMethodId,
          amount: invoice.issue!.amount,
          orderNumber: invoice.issue!.orderNumber,
          requestedBy: caller.userId,
          requestedAt: now,
        },
      },
    ],
  };
}

/** The ERP's payment fact arrived: a pending portal payment is confirmed (and cleared) for the one who asked. */
export function confirmPendingPayment(
  before: InvoiceState,
  after: InvoiceState,
): { state: InvoiceState; events: InvoicePaymentEvent[] } {
  const pending = after.payment;
  // Paid outside the portal (bank transfer): the ERP's InvoiceUpdated says so; nobody asked here, nobody to tell.
  if (before.paidOn || !after.paidOn || !after.issue || !pending) return { state: after, events: [] };
  return {
    state: { ...after, payment: null, paymentRequestedAt: null },
    events: [
      {
        type: 'InvoicePaymentConfirmed',
        payload: {
          invoiceNumber: after.invoiceNumber,
          paymentId: pending.paymentId,
          amount: after.issue.amount,
          paidOn: after.paidOn,
          requestedBy: pending.requestedBy,
        },
      },
    ],
  };
}
