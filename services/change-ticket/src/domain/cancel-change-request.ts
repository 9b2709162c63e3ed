import { DomainError } from '@portal/platform/src/errors';
import { REASON_MAX_LENGTH, transition, trimmedOrNull } from './change-request';
import { type ChangeEvent, event } from './events';
import { assertCanApply } from './status-machine';
import type { Actor, ChangeRequest } from './types';

/**
 * The customer cancels a draft, a submitted request or one waiting for/with a quote. A change already counted
 * against the month's free changes stays counted (README: "Rules decided beyond domain.md").
 */
export function cancelChangeRequest(
  request: ChangeRequest,
  reason: string | null | undefined,
  actor: Actor,
  now: Date,
): { state: ChangeRequest; events: ChangeEvent[] } {
  assertCanApply('cancel', request.status);
  const why = trimmedOrNull(reason);
  if (why && why.length > REASON_MAX_LENGTH) {
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'FIELD_INVALID', message: `must be at most ${REASON_MAX_LENGTH} characters` },
    ]);
  }
  const state = transition(
    request,
    { status: 'cancelled', closingReason: why },
    { action: 'cancelled', by: actor.userId, note: why },
    now,
  );
  return {
    state,
    events: [
      event('ChangeRequestCancelled', {
        requestId: request.id,
        previousStatus: request.status,
        reason: why,
        cancelledBy: actor.userId,
        status: 'cancelled',
      }),
    ],
  };
}
