import type { Actor, EventPayloads } from './generated/events';

export type EventType = keyof EventPayloads;

/** What travels on every topic: who/what/when around one event's payload. */
export interface Envelope<T extends EventType = EventType> {
  eventId: string;
  eventType: T;
  occurredAt: Date;
  aggregateId: string;
  accountId: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor | null;
  payload: EventPayloads[T];
}

/** The union of every concrete envelope, so `switch (e.eventType)` narrows the payload. */
export type AnyEnvelope = { [K in EventType]: Envelope<K> }[EventType];
