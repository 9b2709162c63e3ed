/**
 * Disputing an invoice (seed 004 item 5): any caller who sees the invoice states a reason (non-blank,
 * DISPUTE_REASON_REQUIRED; at most 2000 characters, REASON_TOO_LONG); the dispute is recorded on the invoice and
 * InvoiceDisputed names the account team to tell. Paid invoices can be disputed too (a wrong amount is found
 * after paying); a dispute does not change the invoice's status (the ERP owns amounts and credit notes).
 */
import type { InvoiceDisputedPayload } from '@portal/contracts';
import { DomainError } from '@portal/platform/src/errors';
import type { InvoiceState } from './invoice';
import type { Caller, DomainEvent } from './types';

export const DISPUTE_REASON_MAX = 2000;
/** The internal role whose holders are told of disputes (on the invoice's account or the vendor account). */
export const ACCOUNT_TEAM_ROLE = 'account-manager';

export interface InvoiceDispute {
  disputeId: string;
  reason: string;
  disputedBy: string;
  disputedAt: Date;
}

export function disputeInvoice(
  invoice: InvoiceState,
  command: { disputeId: string; reason: string; caller: Caller; accountTeamUserIds: string[]; now: Date },
): { state: InvoiceState; events: DomainEvent<'InvoiceDisputed', InvoiceDisputedPayload>[] } {
  const reason = command.reason.trim();
  if (reason === '')
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'DISPUTE_REASON_REQUIRED', message: 'Say what is wrong with the invoice' },
    ]);
  if (reason.length > DISPUTE_REASON_MAX)
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'REASON_TOO_LONG', message: `The reason is at most ${DISPUTE_REASON_MAX} characters` },
    ]);
  const dispute: InvoiceDispute = {
    disputeId: command.disputeId,
    reason,
    disputedBy: command.caller.userId,
    disputedAt: command.now,
  };
  return {
    state: { ...invoice, disputes: [...(invoice.disputes ?? []), dispute] },
    events: [
      {
        type: 'InvoiceDisputed',
        payload: {
          invoiceNumber: invoice.invoiceNumber,
          disputeId: dispute.disputeId,
          orderNumber: invoice.issue!.orderNumber,
          amount: invoice.issue!.amount,
          reason,
          disputedBy: dispute.disputedBy,
          disputedAt: command.now,
          accountTeamUserIds: [...new Set(command.accountTeamUserIds)].sort(),
        },
      },
    ],
  };
}
