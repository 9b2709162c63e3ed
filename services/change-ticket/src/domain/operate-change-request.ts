import { DomainError } from '@portal/platform/src/errors';
import { REASON_MAX_LENGTH, transition, trimmedOrNull } from './change-request';
import { type ChangeEvent, event } from './events';
import { assertCanApply } from './status-machine';
import type { Actor, ChangeRequest } from './types';

type Outcome = { state: ChangeRequest; events: ChangeEvent[] };

/** The operator starts the work: from submitted, or from quote-accepted for articles that needed a study. */
export function startChangeRequest(request: ChangeRequest, actor: Actor, now: Date): Outcome {
  assertCanApply('start', request.status);
  const state = transition(request, { status: 'in-progress' }, { action: 'started', by: actor.userId }, now);
  return {
    state,
    events: [event('ChangeRequestStarted', { requestId: request.id, startedBy: actor.userId, status: 'in-progress' })],
  };
}

/** The operator completes the work; RDS articles change the licences held on the element by the quantity. */
export function completeChangeRequest(request: ChangeRequest, actor: Actor, now: Date): Outcome {
  assertCanApply('complete', request.status);
  const state = transition(request, { status: 'completed' }, { action: 'completed', by: actor.userId }, now);
  return {
    state,
    events: [
      event('ChangeRequestCompleted', {
        requestId: request.id,
        elementId: request.elementId,
        articleId: request.articleId ?? '',
        completedBy: actor.userId,
        rdsLicencesDelta: request.rdsLicencesDelta,
        status: 'completed',
      }),
    ],
  };
}

/** The operator rejects an open request, always with a reason. */
export function rejectChangeRequest(
  request: ChangeRequest,
  reason: string | null | undefined,
  actor: Actor,
  now: Date,
): Outcome {
  assertCanApply('reject', request.status);
  const why = trimmedOrNull(reason);
  if (!why)
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'FIELD_REQUIRED', message: 'say why the request is rejected' },
    ]);
  if (why.length > REASON_MAX_LENGTH) {
    throw DomainError.fromFieldErrors([
      { path: 'reason', code: 'FIELD_INVALID', message: `must be at most ${REASON_MAX_LENGTH} characters` },
    ]);
  }
  const state = transition(
    request,
    { status: 'rejected', closingReason: why },
    { action: 'rejected', by: actor.userId, note: why },
    now,
  );
  return {
    state,
    events: [
      event('ChangeRequestRejected', {
        requestId: request.id,
        reason: why,
        rejectedBy: actor.userId,
        status: 'rejected',
      }),
    ],
  };
}
