import type { EventPayloads, TopicEventTypes } from '@portal/contracts/src/generated/events';

/** The events licensing publishes on licensing.events.v1. */
export type LicensingEventType = TopicEventTypes['licensing.events.v1'];

/** What an aggregate says happened: the messaging layer wraps it into an envelope (kit.events.create). */
export type DomainEvent<T extends LicensingEventType = LicensingEventType> = {
  [K in T]: { type: K; payload: EventPayloads[K] };
}[T];

/** A state transition's outcome: the new state and the events it causes (written together, through the outbox). */
export interface Decision<S> {
  state: S;
  events: DomainEvent[];
}

export const event = <K extends LicensingEventType>(type: K, payload: EventPayloads[K]): DomainEvent<K> =>
  ({ type, payload }) as DomainEvent<K>;
