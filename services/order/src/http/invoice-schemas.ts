/** Request and response schemas of the invoice routes (list, one invoice, PDF, payment, dispute). */
import { z } from '@portal/platform';
import { accountIdQuery, instant, isoDate, Money } from './schemas';

export const InvoiceListQuery = z.object({
  accountId: accountIdQuery.optional(),
  status: z.enum(['unpaid', 'payment-pending', 'paid', 'overdue']).optional(),
  from: isoDate.optional().openapi({ description: 'Issued on or after (ISO date)' }),
  to: isoDate.optional().openapi({ description: 'Issued on or before (ISO date)' }),
});

export const PaymentBody = z
  .object({
    paymentMethodId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .openapi({ description: "A saved payment method of the invoice's account (account service)" }),
  })
  .strict()
  .openapi('InvoicePaymentRequest');

export const DisputeBody = z
  .object({ reason: z.string().max(10_000).openapi({ description: 'What is wrong; at most 2000 characters' }) })
  .strict()
  .openapi('InvoiceDisputeRequest');

export const InvoiceView = z
  .object({
    invoiceNumber: z.string(),
    accountId: z.string(),
    orderNumber: z.string().nullable(),
    issuedOn: isoDate,
    dueOn: isoDate,
    amount: Money,
    paidOn: isoDate.nullable(),
    status: z.enum(['unpaid', 'payment-pending', 'paid', 'overdue']),
    payment: z
      .object({ paymentId: z.string(), paymentMethodId: z.string(), requestedBy: z.string(), requestedAt: instant })
      .nullable(),
    disputes: z.array(
      z.object({ disputeId: z.string(), reason: z.string(), disputedBy: z.string(), disputedAt: instant }),
    ),
  })
  .openapi('Invoice');
