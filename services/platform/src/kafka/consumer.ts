import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { EventCodec } from '@portal/contracts';
import { dlqTopicName } from '@portal/contracts';
import type { DecisionBatch } from '../aggregates/decision-batch';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { BatchHandler } from './batch-handler';
import type { DeadLetterStore } from './dead-letters';
import { DeadLettering } from './dead-lettering';
import { EventHandlers, HandlerTable } from './handlers';
import { KeyLock } from './key-lock';
import { MessageRunner } from './message-runner';
import type { MessageProducer } from './producer';
import { defaultRetryPolicy, RetryPolicy } from './retry';

export * from './handlers';

/** Messages decided and written together at most (a Kafka batch may hold thousands). */
const UNIT_MESSAGES = 500;
/**
 * Keys of a unit run at once by old-style handlers (one message at a time per key): a unit's keys all, so a handler
 * that gathers the calls in flight into one write (change-ticket's WriteRounds) sees the whole unit; at 16 it saw
 * 32 orders at a time and a burst of 5,000 orders took 23 s instead of 8 s.
 */
const KEYS_IN_FLIGHT = UNIT_MESSAGES;
/** First wait before starting a consumer again after a crash kafkajs does not recover from, doubling up to the max. */
const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 30_000;

export interface ConsumerOptions {
  kafka: Kafka;
  group: string;
  topics: string[];
  handlers: EventHandlers[];
  codec: EventCodec;
  decisions: DecisionBatch;
  producer: MessageProducer;
  deadLetters: DeadLetterStore;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  topicPrefix?: string;
  retry?: RetryPolicy;
  concurrency?: number;
  replayPollMs?: number;
  /** Joined the group (start and every rebalance): partitions may have come from a replica that died. */
  onJoin?: () => void;
}

/**
 * Consumes in batches (see BatchHandler: a batch is one unit of work), commits an offset only once every message up
 * to it has been durably handled, and serves the dlq CLI's replay requests (see DeadLettering).
 */
export class ConsumerRunner {
  private readonly consumer: Consumer;
  private readonly batches: BatchHandler;
  private readonly deadLettering: DeadLettering;
  private joined = false;
  private stopping = false;
  private replayTimer?: NodeJS.Timeout;
  private restartTimer?: NodeJS.Timeout;
  /** Crashes since the group was last joined: the back-off of the next restart. */
  private crashes = 0;
  private replaying?: Promise<void>;
  private readonly prefix: string;

  constructor(private readonly options: ConsumerOptions) {
    this.prefix = options.topicPrefix ?? '';
    this.consumer = options.kafka.consumer({
      groupId: this.prefix + options.group,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: 250,
    });
    const { codec, metrics, logger, decisions } = options;
    const table = new HandlerTable(options.handlers);
    const keyLock = new KeyLock();
    const unprefixed = (topic: string) => (topic.startsWith(this.prefix) ? topic.slice(this.prefix.length) : topic);
    const stopping = () => this.stopping;
    const retry = options.retry ?? defaultRetryPolicy;
    const runner = new MessageRunner({ codec, table, decisions, retry, metrics, logger, unprefixed, stopping });
    this.deadLettering = new DeadLettering({
      group: options.group,
      dlqTopic: this.dlqTopic,
      store: options.deadLetters,
      producer: options.producer,
      runner,
      keyLock,
      clock: options.clock,
      logger,
      metrics,
      unprefixed,
      stopping,
    });
    this.batches = new BatchHandler({
      codec,
      table,
      decisions,
      runner,
      deadLettering: this.deadLettering,
      keyLock,
      metrics,
      logger,
      unprefixed,
      concurrency: options.concurrency ?? KEYS_IN_FLIGHT,
    });
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
      this.crashes = 0;
      this.options.onJoin?.();
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      this.options.logger.error({ err: payload.error, restartedByKafkajs: payload.restart }, 'consumer crashed');
      if (!payload.restart) this.restartAfterCrash();
    });
    await this.deadLettering.load();
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics.map((t) => this.prefix + t), fromBeginning: true });
    await this.run();
    this.replayTimer = setInterval(() => {
      this.replaying ??= this.deadLettering.serveReplayRequests().finally(() => (this.replaying = undefined));
    }, this.options.replayPollMs ?? 1000);
  }

  private run(): Promise<void> {
    return this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 2,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /**
   * kafkajs starts a crashed consumer again only after a retriable error. After any other (the group coordinator
   * not found while the broker is down: a 20 s broker outage did it) the consumer stays stopped and the service
   * never consumes again, however soon the broker is back. So the runner starts it again itself (its
   * subscriptions are kept), waiting 1 s, then twice as long after each crash until the group is joined (30 s at most).
   */
  private restartAfterCrash(): void {
    if (this.stopping) return;
    const delay = Math.min(RESTART_MAX_MS, RESTART_FIRST_MS * 2 ** this.crashes++);
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.options.logger.warn({ delayMs: delay }, 'starting the consumer again after its crash');
      this.consumer
        .connect()
        .then(() => (this.stopping ? undefined : this.run())) // a stop that came while connecting wins
        .catch((error: Error) => {
          this.options.logger.error({ err: error }, 'consumer did not start again; retrying');
          this.restartAfterCrash();
        });
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
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
    try {
      const running = () => isRunning() && !isStale() && !this.stopping;
      // Units of work of at most UNIT_MESSAGES: bounded memory and latency, offsets committed as they go.
      for (let i = 0; i < batch.messages.length && running(); i += UNIT_MESSAGES) {
        const unit = batch.messages.slice(i, i + UNIT_MESSAGES);
        const done = await this.batches.handle(batch.topic, batch.partition, unit, running);
        // Commit the longest fully handled prefix; the rest comes again and is deduplicated.
        let last: string | undefined;
        for (const message of unit) {
          if (!done.has(message.offset)) break;
          last = message.offset;
        }
        if (last !== undefined) {
          resolveOffset(last);
          await commitOffsetsIfNecessary();
        }
        if (last !== unit[unit.length - 1]?.offset) break;
      }
    } finally {
      clearInterval(beat);
    }
  }
}
