import { randomUUID } from 'node:crypto';
import { type Principal, notFound } from '@portal/platform';
import type { AccessAction } from '../domain/access';
import { cancelChangeRequest } from '../domain/cancel-change-request';
import { acceptQuote, declineQuote } from '../domain/decide-quote';
import type { ChangeEvent } from '../domain/events';
import { issueQuote } from '../domain/issue-quote';
import { completeChangeRequest, rejectChangeRequest, startChangeRequest } from '../domain/operate-change-request';
import type { Actor, ChangeRequest, Money } from '../domain/types';
import { requestFor } from './access';
import { type ChangeTicketApp, actorOf } from './context';

type Transition = (current: ChangeRequest, actor: Actor, now: Date) => { state: ChangeRequest; events: ChangeEvent[] };

/**
 * One document write: the new state and its events (outbox); retried by the repository on concurrent writes. The
 * events' actor is the caller, from the request's context.
 */
export async function decideRequest(
  app: ChangeTicketApp,
  id: string,
  decide: (current: ChangeRequest) => { state: ChangeRequest; events: ChangeEvent[] },
): Promise<ChangeRequest> {
  const result = await app.requests.repository.decide(id, (current) => {
    if (!current) throw notFound('change request');
    return decide(current);
  });
  return result.state;
}

/** A status change: the caller may do `action` on the request, then the domain decides it. */
async function transition(
  app: ChangeTicketApp,
  principal: Principal,
  id: string,
  action: AccessAction,
  decide: Transition,
) {
  await requestFor(app, principal, id, action);
  const actor = actorOf(principal);
  return decideRequest(app, id, (current) => decide(current, actor, app.clock.now()));
}

export const cancelRequest = (app: ChangeTicketApp, principal: Principal, id: string, reason: string | null) =>
  transition(app, principal, id, 'cancel', (current, actor, now) => cancelChangeRequest(current, reason, actor, now));

export const quoteRequest = (
  app: ChangeTicketApp,
  principal: Principal,
  id: string,
  quote: { amount: Money; validUntil: Date },
) =>
  transition(app, principal, id, 'issue-quote', (current, actor, now) =>
    issueQuote(current, { quoteId: `q-${randomUUID()}`, ...quote, actor, now }),
  );

export const acceptRequestQuote = (app: ChangeTicketApp, principal: Principal, id: string) =>
  transition(app, principal, id, 'accept-quote', (current, actor, now) => acceptQuote(current, actor, now));

export const declineRequestQuote = (app: ChangeTicketApp, principal: Principal, id: string, reason: string | null) =>
  transition(app, principal, id, 'decline-quote', (current, actor, now) => declineQuote(current, reason, actor, now));

export const startRequest = (app: ChangeTicketApp, principal: Principal, id: string) =>
  transition(app, principal, id, 'start', (current, actor, now) => startChangeRequest(current, actor, now));

export const completeRequest = (app: ChangeTicketApp, principal: Principal, id: string) =>
  transition(app, principal, id, 'complete', (current, actor, now) => completeChangeRequest(current, actor, now));

export const rejectRequest = (app: ChangeTicketApp, principal: Principal, id: string, reason: string) =>
  transition(app, principal, id, 'reject', (current, actor, now) => rejectChangeRequest(current, reason, actor, now));
