import { DomainError } from '@portal/platform/src/domain';
import { errors } from './errors';
import { REASON_MAX_LENGTH, transition, trimmedOrNull } from './change-request';
import { type ChangeEvent, event } from './events';
import { assertCanApply } from './status-machine';
import type { Actor, ChangeRequest, Quote } from './types';

function quoteToDecide(request: ChangeRequest, action: 'accept-quote' | 'decline-quote'): Quote {
  assertCanApply(action, request.status);
  if (!request.quote) throw errors.QUOTE_NOT_ISSUED('no quote has been attached to this request yet');
  return request.quote;
}

/** A manager accepts the quote while it is valid (until validUntil, inclusive); an expired quote: QUOTE_EXPIRED. */
export function acceptQuote(
  request: ChangeRequest,
  actor: Actor,
  now: Date,
): { state: ChangeRequest; events: ChangeEvent[] } {
  const quote = quoteToDecide(request, 'accept-quote');
  if (now.getTime() > quote.validUntil.getTime()) {
    throw errors.QUOTE_EXPIRED(`the quote expired on ${quote.validUntil.toISOString()}; ask for a new one`);
  }
  const state = transition(request, { status: 'quote-accepted' }, { action: 'quote-accepted', by: actor.userId }, now);
  return {
    state,
    events: [
      event('ChangeRequestQuoteAccepted', {
        requestId: request.id,
        quoteId: quote.quoteId,
        amount: quote.amount,
        acceptedBy: actor.userId,
        status: 'quote-accepted',
      }),
    ],
  };
}

/** A manager declines the quote (expired or not); the request is closed. */
export function declineQuote(
  request: ChangeRequest,
  reason: string | null,
  actor: Actor,
  now: Date,
): { state: ChangeRequest; events: ChangeEvent[] } {
  const quote = quoteToDecide(request, 'decline-quote');
  const why = trimmedOrNull(reason);
  if (why && why.length > REASON_MAX_LENGTH) {
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'FIELD_INVALID', message: `must be at most ${REASON_MAX_LENGTH} characters` },
    ]);
  }
  const state = transition(
    request,
    { status: 'quote-declined', closingReason: why },
    { action: 'quote-declined', by: actor.userId, note: why },
    now,
  );
  return {
    state,
    events: [
      event('ChangeRequestQuoteDeclined', {
        requestId: request.id,
        quoteId: quote.quoteId,
        reason: why,
        declinedBy: actor.userId,
        status: 'quote-declined',
      }),
    ],
  };
}
