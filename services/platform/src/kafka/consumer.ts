import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { AnyEnvelope, Envelope, EventCodec, EventType } from '@portal/contracts';
import { dlqTopicName, UndecodableMessageError } from '@portal/contracts';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import { runWithCorrelation } from '../messaging/correlation';
import type { Metrics } from '../runtime/metrics';
import { contextFromHeaders, SpanKind, withSpan } from '../telemetry/tracing';
import { blockKey, DeadLetter, DeadLetterStore, FailedMessage } from './dead-letters';
import { forEachLimited, KeyLock } from './key-lock';
import type { MessageProducer } from './producer';
import { backoffDelay, defaultRetryPolicy, RetryPolicy, sleep } from './retry';

export interface HandlerContext {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  attempt: number;
}

export type EventHandler<T extends EventType> = (event: Envelope<T>, ctx: HandlerContext) => Promise<void>;
/** A declarative handler table: event type -> what to do with it. */
export type EventHandlers = { [K in EventType]?: EventHandler<K> };

export interface ConsumerOptions {
  kafka: Kafka;
  group: string;
  topics: string[];
  handlers: EventHandlers[];
  codec: EventCodec;
  producer: MessageProducer;
  deadLetters: DeadLetterStore;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  topicPrefix?: string;
  retry?: RetryPolicy;
  concurrency?: number;
  replayPollMs?: number;
}

/**
 * Consumes in batches with per-key order and bounded concurrency across keys; retries a failing handler with
 * backoff while heartbeating; after the last try sends the message to dlq.<group> and parks its key; commits an
 * offset only once every message up to it has been durably handled.
 */
export class ConsumerRunner {
  private readonly consumer: Consumer;
  private readonly table = new Map<string, EventHandler<EventType>[]>();
  private readonly keyLock = new KeyLock();
  private blocked = new Set<string>();
  private joined = false;
  private stopping = false;
  private replayTimer?: NodeJS.Timeout;
  private replaying?: Promise<void>;
  private readonly retry: RetryPolicy;
  private readonly prefix: string;

  constructor(private readonly options: ConsumerOptions) {
    this.prefix = options.topicPrefix ?? '';
    this.retry = options.retry ?? defaultRetryPolicy;
    this.consumer = options.kafka.consumer({
      groupId: this.prefix + options.group,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: 250,
    });
    for (const handlers of options.handlers) {
      for (const [type, handler] of Object.entries(handlers)) {
        this.table.set(type, [...(this.table.get(type) ?? []), handler as EventHandler<EventType>]);
      }
    }
  }

  get dlqTopic(): string {
    return this.prefix + dlqTopicName(this.options.group);
  }

  isJoined(): boolean {
    return this.joined;
  }

  async start(): Promise<void> {
    const { consumer } = this;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      this.options.logger.error({ err: payload.error }, 'consumer crashed');
    });
    this.blocked = await this.options.deadLetters.blockedKeys(this.options.group);
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics.map((t) => this.prefix + t), fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 2,
      eachBatch: (payload) => this.handleBatch(payload),
    });
    this.replayTimer = setInterval(() => {
      this.replaying ??= this.serveReplayRequests().finally(() => (this.replaying = undefined));
    }, this.options.replayPollMs ?? 1000);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.replayTimer);
    await this.replaying;
    await this.consumer.disconnect(); // waits for the batch in flight, then commits what it resolved
    this.joined = false;
  }

  private async handleBatch({
    batch,
    resolveOffset,
    heartbeat,
    commitOffsetsIfNecessary,
    isRunning,
    isStale,
  }: EachBatchPayload) {
    const beat = setInterval(() => heartbeat().catch(() => undefined), 1000);
    const done = new Set<string>();
    try {
      const byKey = new Map<string, KafkaMessage[]>();
      for (const message of batch.messages) {
        const key = message.key?.toString() ?? `\u0000offset:${message.offset}`;
        byKey.set(key, [...(byKey.get(key) ?? []), message]);
      }
      await forEachLimited([...byKey.values()], this.options.concurrency ?? 16, async (messages) => {
        for (const message of messages) {
          if (!isRunning() || isStale() || this.stopping) return;
          await this.handleMessage(batch.topic, batch.partition, message);
          done.add(message.offset);
        }
      });
      // Commit the longest prefix of the batch that is fully handled; the rest comes again and is deduplicated.
      let last: string | undefined;
      for (const message of batch.messages) {
        if (!done.has(message.offset)) break;
        last = message.offset;
      }
      if (last !== undefined) {
        resolveOffset(last);
        await commitOffsetsIfNecessary();
      }
    } finally {
      clearInterval(beat);
    }
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const failed = toFailedMessage(topic, partition, message);
    const lockKey = failed.key ?? `${topic}/${partition}/${message.offset}`;
    await this.keyLock.run(lockKey, async () => {
      if (failed.key !== null && this.blocked.has(blockKey(topic, failed.key))) {
        await this.options.deadLetters.record(this.options.group, failed, 'parked', null, 0, this.options.clock.now());
        this.options.metrics.parkedMessages.inc({ topic: this.unprefixed(topic) });
        return;
      }
      const outcome = await this.decodeAndHandle(failed, message.headers);
      if (outcome !== 'ok') await this.deadLetter(failed, outcome.error, outcome.attempts);
    });
  }

  /** Decodes and runs the handlers with retries; answers what went wrong after the last try. */
  private async decodeAndHandle(
    message: FailedMessage,
    headers: KafkaMessage['headers'],
  ): Promise<'ok' | { error: Error; attempts: number }> {
    let event: AnyEnvelope;
    try {
      event = await this.options.codec.decode(message.value);
    } catch (error) {
      if (error instanceof UndecodableMessageError) return { error, attempts: 0 };
      throw error;
    }
    const handlers = this.table.get(event.eventType);
    if (!handlers) return 'ok';
    const topic = this.unprefixed(message.topic);
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
        runWithCorrelation({ correlationId: event.correlationId, causationId: event.eventId, actor: event.actor }, () =>
          this.runWithRetries(event, message, handlers),
        ),
    );
  }

  private async runWithRetries(event: AnyEnvelope, message: FailedMessage, handlers: EventHandler<EventType>[]) {
    for (let attempt = 1; ; attempt++) {
      try {
        for (const handler of handlers) {
          await handler(event as Envelope<EventType>, {
            topic: this.unprefixed(message.topic),
            partition: message.partition,
            offset: message.offset,
            key: message.key,
            attempt,
          });
        }
        this.options.metrics.eventsConsumed.inc({ event_type: event.eventType });
        return 'ok' as const;
      } catch (error) {
        this.options.metrics.handlerErrors.inc({ event_type: event.eventType });
        this.options.logger.warn(
          { err: error, eventType: event.eventType, eventId: event.eventId, attempt },
          'handler failed',
        );
        if (attempt >= this.retry.attempts || this.stopping) return { error: error as Error, attempts: attempt };
        await sleep(backoffDelay(this.retry, attempt));
      }
    }
  }

  private async deadLetter(message: FailedMessage, error: Error, attempts: number): Promise<void> {
    const { group, deadLetters, producer, clock, logger, metrics } = this.options;
    await producer.send([
      {
        topic: this.dlqTopic,
        key: message.key,
        value: message.value ?? Buffer.alloc(0),
        headers: {
          ...message.headers,
          'dlq-original-topic': this.unprefixed(message.topic),
          'dlq-original-partition': String(message.partition),
          'dlq-original-offset': message.offset,
          'dlq-error': error.message.slice(0, 1000),
          'dlq-attempts': String(attempts),
          'dlq-consumer-group': group,
        },
      },
    ]);
    await deadLetters.record(group, message, 'dead', error.message, attempts, clock.now());
    if (message.key !== null) this.blocked.add(blockKey(message.topic, message.key));
    metrics.deadLetters.inc({ topic: this.unprefixed(message.topic) });
    logger.error(
      { err: error, topic: message.topic, partition: message.partition, offset: message.offset, attempts },
      'message dead-lettered',
    );
  }

  /** Replays or discards what the dlq CLI asked for, then drains the messages parked behind it in order. */
  private async serveReplayRequests(): Promise<void> {
    const { deadLetters, group, clock } = this.options;
    for (const request of await deadLetters.pendingRequests(group).catch(() => [] as DeadLetter[])) {
      if (this.stopping) return;
      await this.keyLock.run(request.key ?? request._id, async () => {
        if (request.status === 'discard-requested') {
          await deadLetters.setStatus(request._id, 'discarded', clock.now());
        } else {
          const outcome = await this.decodeAndHandle(request, toKafkaHeaders(request.headers));
          if (outcome !== 'ok')
            return deadLetters.setStatus(
              request._id,
              request.error === null ? 'parked' : 'dead',
              clock.now(),
              outcome.error.message,
            );
          await deadLetters.setStatus(request._id, 'replayed', clock.now());
        }
        if (request.key !== null) await this.drainParked(request.topic, request.key);
      });
    }
  }

  private async drainParked(topic: string, key: string): Promise<void> {
    const { deadLetters, group, clock } = this.options;
    if ((await deadLetters.list(group)).some((d) => d.topic === topic && d.key === key && d.status !== 'parked'))
      return;
    for (const parked of await deadLetters.parkedBehind(group, topic, key)) {
      const outcome = await this.decodeAndHandle(parked, toKafkaHeaders(parked.headers));
      if (outcome !== 'ok') {
        await deadLetters.setStatus(parked._id, 'dead', clock.now(), outcome.error.message);
        return;
      }
      await deadLetters.setStatus(parked._id, 'replayed', clock.now());
    }
    if (!(await deadLetters.hasBlocking(group, topic, key))) this.blocked.delete(blockKey(topic, key));
  }

  private unprefixed(topic: string): string {
    return topic.startsWith(this.prefix) ? topic.slice(this.prefix.length) : topic;
  }
}

function toFailedMessage(topic: string, partition: number, message: KafkaMessage): FailedMessage {
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

const toKafkaHeaders = (headers: Record<string, string>): KafkaMessage['headers'] => headers;
