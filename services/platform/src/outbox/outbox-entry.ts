import type { AnyEnvelope, EventCodec } from '@portal/contracts';
import { currentTraceHeaders } from '../telemetry/tracing';

/**
 * An event waiting in its aggregate's document to be published. Encoded when stored, so an event that does not
 * match its schema is refused before the state change is written; the trace context is kept to publish inside it.
 */
export interface OutboxEntry {
  eventId: string;
  eventType: string;
  topic: string;
  key: string;
  value: Buffer;
  trace: Record<string, string>;
}

export function toOutboxEntry(event: AnyEnvelope, codec: EventCodec): OutboxEntry {
  return {
    eventId: event.eventId,
    eventType: event.eventType,
    topic: codec.topicOf(event.eventType),
    key: event.aggregateId,
    value: codec.encode(event),
    trace: currentTraceHeaders(),
  };
}
