/**
 * Invoice (copied from the ERP): issued facts and the payment fact, in any arrival order. Status is derived from
 * the facts and the clock: `paid` once paid; `overdue` when unpaid after its due date (the day after `dueOn`, UTC);
 * `payment-pending` while a portal payment waits for the ERP (invoice-payment.ts); `unpaid` otherwise. An invoice is visible once its issue is known. When an unpaid invoice passes its due date,
 * `InvoiceOverdue` is published once (driven by a scheduled job at the start of the day after `dueOn`).
 */
import type { InvoiceOverduePayload, InvoiceRecordedPayload, InvoiceUpdatedPayload } from '@portal/contracts';
import { isoDate, startOfDayAfter } from './dates';
import { sameView } from './sales-order';
import type { InvoiceDispute } from './invoice-dispute';
import { confirmPendingPayment, type InvoicePaymentEvent, type PendingPayment } from './invoice-payment';
import type { DomainEvent, FactSource, InvoiceStatus, Money } from './types';

export interface InvoiceIssue {
  orderNumber: string | null;
  issuedOn: string;
  dueOn: string;
  amount: Money;
  occurredAt: Date;
  eventId: string;
}

export interface InvoiceState {
  invoiceNumber: string;
  accountId: string;
  issue: InvoiceIssue | null;
  paidOn: string | null;
  overdueNotifiedAt: Date | null;
  revision: number;
  /** A portal payment waiting for the ERP's InvoicePaid (see invoice-payment.ts). */
  payment?: PendingPayment | null;
  /** Denormalized for the status filter: when the pending payment was asked for. */
  paymentRequestedAt?: Date | null;
  disputes?: InvoiceDispute[];
  /** Denormalized for queries: null until issued. */
  issuedOn: string | null;
  dueOn: string | null;
}

export type InvoiceFact =
  | { kind: 'issued'; orderNumber: string | null; issuedOn: string; dueOn: string; amount: Money }
  | { kind: 'paid'; paidOn: string };

export type InvoiceEvent =
  | DomainEvent<'InvoiceRecorded', InvoiceRecordedPayload>
  | DomainEvent<'InvoiceUpdated', InvoiceUpdatedPayload>
  | DomainEvent<'InvoiceOverdue', InvoiceOverduePayload>
  | InvoicePaymentEvent;

export function invoiceStatus(invoice: Pick<InvoiceState, 'paidOn' | 'issue' | 'payment'>, now: Date): InvoiceStatus {
  if (invoice.paidOn) return 'paid';
  if (invoice.payment) return 'payment-pending';
  if (invoice.issue && isoDate(now) > invoice.issue.dueOn) return 'overdue';
  return 'unpaid';
}

/** When the unpaid invoice becomes overdue (start of the UTC day after its due date). */
export const overdueAt = (dueOn: string): Date => startOfDayAfter(dueOn);

export function recordInvoiceFact(
  current: InvoiceState | null,
  invoiceNumber: string,
  fact: InvoiceFact,
  source: FactSource,
): { state: InvoiceState; events: InvoiceEvent[] } | null {
  const before: InvoiceState = current ?? {
    invoiceNumber,
    accountId: source.accountId,
    issue: null,
    paidOn: null,
    overdueNotifiedAt: null,
    revision: 0,
    issuedOn: null,
    dueOn: null,
  };
  let next: InvoiceState = before;
  if (fact.kind === 'issued') {
    const later = !before.issue || source.occurredAt.getTime() > before.issue.occurredAt.getTime();
    if (later) {
      const { kind: _kind, ...issue } = fact;
      next = {
        ...before,
        accountId: source.accountId,
        issue: { ...issue, occurredAt: source.occurredAt, eventId: source.eventId },
        issuedOn: fact.issuedOn,
        dueOn: fact.dueOn,
      };
    }
  } else if (!before.paidOn || fact.paidOn < before.paidOn) {
    next = { ...before, paidOn: fact.paidOn };
  }
  if (current && sameView(next, current)) return null;
  const events: InvoiceEvent[] = [];
  if (next.issue) {
    const revision = before.revision + 1;
    next = { ...next, revision };
    const payload: InvoiceRecordedPayload = {
      invoiceNumber,
      orderNumber: next.issue!.orderNumber,
      issuedOn: next.issue!.issuedOn,
      dueOn: next.issue!.dueOn,
      amount: next.issue!.amount,
      paidOn: next.paidOn,
      paid: next.paidOn !== null,
      revision,
    };
    events.push({ type: before.issue ? 'InvoiceUpdated' : 'InvoiceRecorded', payload });
    const confirmed = confirmPendingPayment(before, next);
    next = confirmed.state;
    events.push(...confirmed.events);
  }
  return { state: next, events };
}

/** The due date passed: publish InvoiceOverdue once, unless the invoice was paid (or its due date moved). */
export function flagOverdue(
  current: InvoiceState | null,
  now: Date,
): { state: InvoiceState; events: InvoiceEvent[] } | null {
  // Not while a portal payment waits for the ERP: as far as the customer can tell, they paid.
  if (!current?.issue || current.overdueNotifiedAt || invoiceStatus(current, now) !== 'overdue') return null;
  return {
    state: { ...current, overdueNotifiedAt: now },
    events: [
      {
        type: 'InvoiceOverdue',
        payload: {
          invoiceNumber: current.invoiceNumber,
          orderNumber: current.issue.orderNumber,
          dueOn: current.issue.dueOn,
          amount: current.issue.amount,
        },
      },
    ],
  };
}
