import { Kafka, Partitioners, Producer } from 'kafkajs';
import type { AnyEnvelope, EventCodec } from '@portal/contracts';
import { context } from '@opentelemetry/api';
import { currentTraceHeaders, SpanKind, withSpan } from '../telemetry/tracing';

export interface OutgoingMessage {
  topic: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * Idempotent producer (no duplicates from its own retries, order kept per partition). The partitioner is set
 * explicitly: kafkajs' default changed between versions and keys must always land on the same partition.
 */
export class MessageProducer {
  private readonly producer: Producer;
  private connected = false;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  isConnected(): boolean {
    return this.connected;
  }

  async send(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic);
      if (list) list.push(m);
      else byTopic.set(m.topic, [m]);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}

/**
 * Headers every event carries: its type, its id (so a relay can tell what a topic already holds), its encoding, and
 * the W3C trace context it was produced in.
 */
export function eventHeaders(
  eventType: string,
  traceHeaders: Record<string, string>,
  eventId?: string,
): Record<string, string> {
  return {
    ...traceHeaders,
    'event-type': eventType,
    ...(eventId ? { 'event-id': eventId } : {}),
    'content-type': 'avro/binary',
  };
}

/**
 * Events per produce request: an ERP order is ~1 KB, so a request stays well under the broker's 1 MB per record
 * batch, and thousands of events go out as a few requests instead of one too large to accept.
 */
export const EVENTS_PER_REQUEST = 500;

/** Publishes envelopes straight away (ERP simulator, tests); services publish through their outbox instead. */
export class EventPublisher {
  constructor(
    private readonly producer: MessageProducer,
    private readonly codec: EventCodec,
    private readonly topicPrefix = '',
  ) {}

  /** Any number of events, in order, `EVENTS_PER_REQUEST` per request; `progress` hears how many are sent so far. */
  async publish(events: AnyEnvelope[], progress?: (sent: number) => void): Promise<void> {
    await withSpan(
      'erp publish',
      { kind: SpanKind.PRODUCER, attributes: { 'messaging.batch.message_count': events.length } },
      async () => {
        const trace = currentTraceHeaders(context.active());
        for (let sent = 0; sent < events.length;) {
          const chunk = events.slice(sent, sent + EVENTS_PER_REQUEST);
          await this.producer.send(
            chunk.map((event) => ({
              topic: this.topicPrefix + this.codec.topicOf(event.eventType),
              key: event.aggregateId,
              value: this.codec.encode(event),
              headers: eventHeaders(event.eventType, trace, event.eventId),
            })),
          );
          sent += chunk.length;
          progress?.(sent);
        }
      },
    );
  }
}
