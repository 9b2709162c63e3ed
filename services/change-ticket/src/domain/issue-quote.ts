import { DomainError } from '@portal/platform/src/errors';
import { transition } from './change-request';
import { type ChangeEvent, event } from './events';
import type { FieldError } from './field-error';
import { assertCanApply } from './status-machine';
import type { Actor, ChangeRequest, Money } from './types';

export interface QuoteCommand {
  quoteId: string;
  amount: Money;
  validUntil: Date;
  actor: Actor;
  now: Date;
}

/**
 * The operator attaches a quote (amount, validity) to a request waiting for one (its article needs a prior
 * study). A new quote replaces an earlier one that was neither accepted nor declined (e.g. an expired one).
 */
export function issueQuote(
  request: ChangeRequest,
  command: QuoteCommand,
): { state: ChangeRequest; events: ChangeEvent[] } {
  assertCanApply('issue-quote', request.status);
  const { amount, validUntil, now, actor } = command;
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(amount.amountMinor) || amount.amountMinor <= 0) {
    errors.push({
      path: 'amount.amountMinor',
      code: 'FIELD_INVALID',
      message: 'must be a positive whole number of minor units',
    });
  }
  if (!/^[A-Z]{3}$/.test(amount.currency))
    errors.push({ path: 'amount.currency', code: 'FIELD_INVALID', message: 'must be an ISO 4217 code' });
  if (!(validUntil.getTime() > now.getTime()))
    errors.push({ path: 'validUntil', code: 'FIELD_INVALID', message: 'must be in the future' });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  const quote = { quoteId: command.quoteId, amount, validUntil, issuedAt: now, issuedBy: actor.userId };
  const state = transition(
    request,
    { status: 'quote-pending', quote },
    {
      action: 'quote-issued',
      by: actor.userId,
      note: `${amount.amountMinor} ${amount.currency} minor units, valid until ${validUntil.toISOString()}`,
    },
    now,
  );
  return {
    state,
    events: [
      event('ChangeRequestQuoteIssued', {
        requestId: request.id,
        quoteId: quote.quoteId,
        amount,
        validUntil,
        issuedBy: actor.userId,
        status: 'quote-pending',
      }),
    ],
  };
}
