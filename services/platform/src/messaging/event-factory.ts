import { randomUUID } from 'node:crypto';
import type { Actor, Envelope, EventPayloads, EventType } from '@portal/contracts';
import type { Clock } from '../clock';
import { currentCorrelation } from './correlation';

export interface NewEventFields<T extends EventType> {
  aggregateId: string;
  accountId: string;
  payload: EventPayloads[T];
  actor?: Actor | null;
  causationId?: string | null;
  /** For work outside a request or message (a scheduled job): the correlation it carries on. */
  correlationId?: string;
}

/** Builds envelopes: id, time from the clock, correlation and cause from the request or message being handled. */
export class EventFactory {
  constructor(private readonly clock: Clock) {}

  create<T extends EventType>(eventType: T, fields: NewEventFields<T>): Envelope<T> {
    const correlation = currentCorrelation();
    return {
      eventId: randomUUID(),
      eventType,
      occurredAt: this.clock.now(),
      aggregateId: fields.aggregateId,
      accountId: fields.accountId,
      correlationId: fields.correlationId ?? correlation?.correlationId ?? randomUUID(),
      causationId: fields.causationId ?? correlation?.causationId ?? null,
      actor: fields.actor ?? correlation?.actor ?? null,
      payload: fields.payload,
    };
  }
}
