import type { AnyEnvelope, EventType } from '@portal/contracts';
import type { EventFactory } from '@portal/platform';
import type { ChangeEvent } from '../domain/events';
import type { Actor, ChangeRequest } from '../domain/types';

/** Wraps the events an aggregate caused in envelopes (id, time, correlation), keyed by the request id. */
export const toEnvelopes = (
  factory: EventFactory,
  request: Pick<ChangeRequest, 'id' | 'accountId'>,
  events: ChangeEvent[],
  actor: Actor,
): AnyEnvelope[] =>
  events.map(
    (e) =>
      factory.create(e.type as EventType, {
        aggregateId: request.id,
        accountId: request.accountId,
        payload: e.payload as never,
        actor,
      }) as AnyEnvelope,
  );
