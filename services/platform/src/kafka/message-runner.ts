import { context } from '@opentelemetry/api';
import type { KafkaMessage } from 'kafkajs';
import { AnyEnvelope, Envelope, EventCodec, EventType, UndecodableMessageError } from '@portal/contracts';
import type { DecisionBatch, EntryOutcome } from '../aggregates/decision-batch';
import type { Logger } from '../logging/logger';
import { runWithCorrelation } from '../messaging/correlation';
import type { Metrics } from '../runtime/metrics';
import { contextFromHeaders, SpanKind, withSpan } from '../telemetry/tracing';
import type { FailedMessage } from './dead-letters';
import type { HandlerTable, HandlersOf } from './handlers';
import { backoffDelay, RetryPolicy, sleep } from './retry';

export type Outcome = 'ok' | { error: Error; attempts: number };

/** Runs fn inside the message's consume span, whose parent is the context the message carried. */
export function inConsumeSpan<T>(
  topic: string,
  message: Pick<FailedMessage, 'offset'>,
  headers: KafkaMessage['headers'],
  event: AnyEnvelope,
  fn: () => Promise<T>,
): Promise<T> {
  return withSpan(
    `${topic} process`,
    {
      kind: SpanKind.CONSUMER,
      parent: contextFromHeaders(headers),
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': topic,
        'messaging.kafka.message.offset': message.offset,
        'event.type': event.eventType,
        'event.id': event.eventId,
      },
    },
    () =>
      runWithCorrelation({ correlationId: event.correlationId, causationId: event.eventId, actor: event.actor }, fn),
  );
}

/** The log fields of a handled message: what it was, which aggregates it touched, what came of it. */
export function handledFields(event: AnyEnvelope, outcomes: EntryOutcome[] | null) {
  return {
    eventType: event.eventType,
    eventId: event.eventId,
    aggregateIds: outcomes ? [...new Set(outcomes.map((o) => o.id))] : [event.aggregateId],
    outcome: outcomes === null ? 'handled' : outcomes.some((o) => o.changed) ? 'applied' : 'unchanged',
  };
}

/**
 * One message on its own: decode, run its handlers (old-style functions, then its decision entries as a batch of
 * one) with retries and backoff; answers what went wrong after the last try. Used for messages isolated from their
 * batch, for keys that still have old-style handlers, and for dead-letter replays.
 */
export class MessageRunner {
  constructor(
    private readonly deps: {
      codec: EventCodec;
      table: HandlerTable;
      decisions: DecisionBatch;
      retry: RetryPolicy;
      metrics: Metrics;
      logger: Logger;
      unprefixed: (topic: string) => string;
      stopping: () => boolean;
    },
  ) {}

  async run(message: FailedMessage, headers: KafkaMessage['headers'], firstAttempt = 1): Promise<Outcome> {
    let event: AnyEnvelope;
    try {
      event = await this.deps.codec.decode(message.value);
    } catch (error) {
      if (error instanceof UndecodableMessageError) return { error, attempts: 0 };
      throw error;
    }
    const handlers = this.deps.table.of(event.eventType);
    if (!handlers) return 'ok';
    const topic = this.deps.unprefixed(message.topic);
    return inConsumeSpan(topic, message, headers, event, () =>
      this.withRetries(event, message, handlers, firstAttempt),
    );
  }

  private async withRetries(event: AnyEnvelope, message: FailedMessage, handlers: HandlersOf, firstAttempt: number) {
    const { metrics, logger, retry } = this.deps;
    for (let attempt = firstAttempt; ; attempt++) {
      try {
        for (const handler of handlers.functions) {
          await handler(event as Envelope<EventType>, {
            topic: this.deps.unprefixed(message.topic),
            partition: message.partition,
            offset: message.offset,
            key: message.key,
            attempt,
          });
        }
        const outcomes = await this.decide(event, message, handlers);
        metrics.eventsConsumed.inc({ event_type: event.eventType });
        const fields = handledFields(event, handlers.functions.length ? null : outcomes);
        logger[fields.outcome === 'unchanged' ? 'debug' : 'info'](fields, 'message handled');
        return 'ok' as const;
      } catch (error) {
        metrics.handlerErrors.inc({ event_type: event.eventType });
        logger.warn({ err: error, eventType: event.eventType, eventId: event.eventId, attempt }, 'handler failed');
        if (attempt >= retry.attempts || this.deps.stopping()) return { error: error as Error, attempts: attempt };
        await sleep(backoffDelay(retry, attempt));
      }
    }
  }

  private async decide(event: AnyEnvelope, message: FailedMessage, handlers: HandlersOf): Promise<EntryOutcome[]> {
    if (handlers.entries.length === 0) return [];
    const key = message.key ?? `${message.topic}/${message.partition}/${message.offset}`;
    const result = await this.deps.decisions.apply([
      { event, entries: handlers.entries, key, context: context.active() },
    ]);
    if (result.failed.length > 0) throw result.failed[0]!.error;
    return result.applied[0]?.outcomes ?? [];
  }
}
