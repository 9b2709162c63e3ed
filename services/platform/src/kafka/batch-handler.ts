import { Span, SpanStatusCode, trace } from '@opentelemetry/api';
import type { KafkaMessage } from 'kafkajs';
import { AnyEnvelope, EventCodec, UndecodableMessageError } from '@portal/contracts';
import type { DecisionBatch, DecisionMessage } from '../aggregates/decision-batch';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { TimeSlice } from '../runtime/time-slice';
import { contextFromHeaders, SpanKind, tracer } from '../telemetry/tracing';
import type { FailedMessage } from './dead-letters';
import type { DeadLettering } from './dead-lettering';
import type { HandlerTable } from './handlers';
import { forEachLimited, KeyLock } from './key-lock';
import { handledFields, MessageRunner } from './message-runner';

interface Item {
  message: FailedMessage;
  headers: KafkaMessage['headers'];
  key: string;
  event: AnyEnvelope | null;
}

/**
 * One Kafka batch as a unit of work. Keys whose messages all have decision entries go through one DecisionBatch
 * (one load, in-memory decisions, one bulk write); a message whose decision fails is then retried alone, then
 * dead-lettered, and the later messages of its key follow it one by one (parked if it was dead-lettered). Keys
 * that are blocked, hold an undecodable message or still have an old-style handler run one message at a time,
 * keys in parallel. Answers the offsets fully handled.
 */
export class BatchHandler {
  constructor(
    private readonly deps: {
      codec: EventCodec;
      table: HandlerTable;
      decisions: DecisionBatch;
      runner: MessageRunner;
      deadLettering: DeadLettering;
      keyLock: KeyLock;
      metrics: Metrics;
      logger: Logger;
      unprefixed: (topic: string) => string;
      concurrency: number;
    },
  ) {}

  async handle(topic: string, partition: number, messages: KafkaMessage[], running: () => boolean) {
    const done = new Set<string>();
    if (!running()) return done; // stopping: this batch comes again after the restart
    // In time slices, as the decisions (DecisionBatch): a batch is decoded in one go otherwise.
    const items = await TimeSlice.ingestion().map(messages, (m) => this.decode(topic, partition, m));
    const oneByOne = new Set<string>();
    for (const item of items) {
      const handlers = item.event && this.deps.table.of(item.event.eventType);
      if (!item.event || handlers?.functions.length || this.deps.deadLettering.isBlocked(topic, item.message.key))
        oneByOne.add(item.key);
    }
    const together: Item[] = [];
    const alone: Item[] = [];
    for (const item of items) {
      if (oneByOne.has(item.key)) alone.push(item);
      else if (this.deps.table.of(item.event!.eventType)) together.push(item);
      else done.add(item.message.offset); // no handler for this event type
    }
    await Promise.all([this.inBulk(topic, together, done, running), this.oneByOne(alone, done, running)]);
    return done;
  }

  private async decode(topic: string, partition: number, m: KafkaMessage): Promise<Item> {
    const message = toFailedMessage(topic, partition, m);
    const key = message.key ?? `${topic}/${partition}/${m.offset}`;
    try {
      return { message, headers: m.headers, key, event: await this.deps.codec.decode(m.value) };
    } catch (error) {
      if (error instanceof UndecodableMessageError) return { message, headers: m.headers, key, event: null };
      throw error;
    }
  }

  private async inBulk(topic: string, items: Item[], done: Set<string>, running: () => boolean) {
    if (items.length === 0) return;
    const { decisions, keyLock, logger, metrics } = this.deps;
    const name = this.deps.unprefixed(topic);
    const started = performance.now();
    const outcome = await keyLock.runAll(
      items.map((i) => i.key),
      async () => {
        const spans: Span[] = [];
        const batch: DecisionMessage[] = items.map((item) => {
          const parent = contextFromHeaders(item.headers);
          const span = tracer().startSpan(`${name} process`, consumeAttributes(name, item), parent);
          spans.push(span);
          const entries = this.deps.table.of(item.event!.eventType)!.entries;
          return { event: item.event!, entries, key: item.key, context: trace.setSpan(parent, span) };
        });
        try {
          return await decisions.apply(batch);
        } catch (error) {
          for (const span of spans) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          logger.warn({ err: error, messages: items.length }, 'batch write failed: handling its messages one by one');
          return null;
        } finally {
          for (const span of spans) span.end();
        }
      },
    );
    if (!outcome) return this.oneByOne(items, done, running);
    const byMessage = new Map(items.map((i) => [i.event!, i]));
    // The messages of a batch are decided and written together: each is timed as its share of the batch.
    const share = (performance.now() - started) / 1000 / items.length;
    let changed = 0;
    for (const { message, outcomes } of outcome.applied) {
      done.add(byMessage.get(message.event)!.message.offset);
      metrics.eventsConsumed.inc({ event_type: message.event.eventType });
      metrics.handlerDuration.observe({ topic: name, event_type: message.event.eventType, outcome: 'ok' }, share);
      const fields = handledFields(message.event, outcomes);
      if (fields.outcome === 'applied') changed++;
      logger.debug(fields, 'message handled');
    }
    logger.info(
      { topic: name, messages: items.length, applied: changed, isolated: outcome.failed.length },
      'batch handled (LOG_LEVEL=debug logs every message)',
    );
    for (const { message, error } of outcome.failed) {
      metrics.handlerErrors.inc({ event_type: message.event.eventType });
      metrics.handlerDuration.observe({ topic: name, event_type: message.event.eventType, outcome: 'error' }, share);
      logger.warn({ err: error, eventType: message.event.eventType, eventId: message.event.eventId }, 'handler failed');
    }
    const failed = new Set(outcome.failed.map((f) => f.message.event));
    const isolated = items.filter((i) => failed.has(i.event!) || outcome.behindFailed.some((b) => b.event === i.event));
    await this.oneByOne(isolated, done, running, failed);
  }

  /** Per key in order, keys in parallel; a message that failed in its batch starts at its second attempt. */
  private async oneByOne(items: Item[], done: Set<string>, running: () => boolean, failedInBatch?: Set<AnyEnvelope>) {
    const byKey = new Map<string, Item[]>();
    for (const item of items) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item]);
    await forEachLimited(
      [...byKey.values()],
      this.deps.concurrency,
      async (list) => {
        for (const item of list) {
          if (!running()) return;
          await this.deps.keyLock.run(item.key, async () => {
            const { deadLettering, runner } = this.deps;
            if (deadLettering.isBlocked(item.message.topic, item.message.key)) return deadLettering.park(item.message);
            const first = item.event && failedInBatch?.has(item.event) ? 2 : 1;
            const outcome = await runner.run(item.message, item.headers, first);
            if (outcome !== 'ok') await deadLettering.deadLetter(item.message, outcome.error, outcome.attempts);
          });
          done.add(item.message.offset);
        }
      },
      TimeSlice.ingestion(),
    );
  }
}

function consumeAttributes(topic: string, item: Item) {
  return {
    kind: SpanKind.CONSUMER,
    attributes: {
      'messaging.system': 'kafka',
      'messaging.destination.name': topic,
      'messaging.kafka.message.offset': item.message.offset,
      'event.type': item.event!.eventType,
      'event.id': item.event!.eventId,
    },
  };
}

export function toFailedMessage(topic: string, partition: number, message: KafkaMessage): FailedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) headers[name] = first.toString();
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    value: message.value,
    headers,
  };
}
