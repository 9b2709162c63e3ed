import type { KafkaMessage } from 'kafkajs';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../runtime/metrics';
import { blockKey, DeadLetter, DeadLetterStore, FailedMessage } from './dead-letters';
import type { KeyLock } from './key-lock';
import type { MessageRunner } from './message-runner';
import type { MessageProducer } from './producer';

/**
 * Dead letters of one consumer group: sends a message that failed for good to dlq.<group> and parks the later
 * messages of its key; serves the dlq CLI's replay/discard requests, then drains what was parked behind, in order.
 */
export class DeadLettering {
  private blocked = new Set<string>();

  constructor(
    private readonly deps: {
      group: string;
      dlqTopic: string;
      store: DeadLetterStore;
      producer: MessageProducer;
      runner: MessageRunner;
      keyLock: KeyLock;
      clock: Clock;
      logger: Logger;
      metrics: Metrics;
      unprefixed: (topic: string) => string;
      stopping: () => boolean;
    },
  ) {}

  async load(): Promise<void> {
    this.blocked = await this.deps.store.blockedKeys(this.deps.group);
  }

  isBlocked(topic: string, key: string | null): boolean {
    return key !== null && this.blocked.has(blockKey(topic, key));
  }

  async park(message: FailedMessage): Promise<void> {
    const { store, group, clock, metrics, unprefixed } = this.deps;
    await store.record(group, message, 'parked', null, 0, clock.now());
    metrics.parkedMessages.inc({ topic: unprefixed(message.topic) });
  }

  async deadLetter(message: FailedMessage, error: Error, attempts: number): Promise<void> {
    const { group, store, producer, clock, logger, metrics, unprefixed } = this.deps;
    await producer.send([
      {
        topic: this.deps.dlqTopic,
        key: message.key,
        value: message.value ?? Buffer.alloc(0),
        headers: {
          ...message.headers,
          'dlq-original-topic': unprefixed(message.topic),
          'dlq-original-partition': String(message.partition),
          'dlq-original-offset': message.offset,
          'dlq-error': error.message.slice(0, 1000),
          'dlq-attempts': String(attempts),
          'dlq-consumer-group': group,
        },
      },
    ]);
    await store.record(group, message, 'dead', error.message, attempts, clock.now());
    if (message.key !== null) this.blocked.add(blockKey(message.topic, message.key));
    metrics.deadLetters.inc({ topic: unprefixed(message.topic) });
    logger.error(
      {
        err: error,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        key: message.key,
        eventType: message.headers['event-type'],
        attempts,
      },
      'message dead-lettered',
    );
  }

  /** Replays or discards what the dlq CLI asked for, then drains the messages parked behind it in order. */
  async serveReplayRequests(): Promise<void> {
    const { store, group, clock, keyLock, runner } = this.deps;
    for (const request of await store.pendingRequests(group).catch(() => [] as DeadLetter[])) {
      if (this.deps.stopping()) return;
      await keyLock.run(request.key ?? request._id, async () => {
        if (request.status === 'discard-requested') {
          await store.setStatus(request._id, 'discarded', clock.now());
        } else {
          const outcome = await runner.run(request, toKafkaHeaders(request.headers));
          if (outcome !== 'ok')
            return store.setStatus(
              request._id,
              request.error === null ? 'parked' : 'dead',
              clock.now(),
              outcome.error.message,
            );
          await store.setStatus(request._id, 'replayed', clock.now());
        }
        if (request.key !== null) await this.drainParked(request.topic, request.key);
      });
    }
  }

  private async drainParked(topic: string, key: string): Promise<void> {
    const { store, group, clock, runner } = this.deps;
    if ((await store.list(group)).some((d) => d.topic === topic && d.key === key && d.status !== 'parked')) return;
    for (const parked of await store.parkedBehind(group, topic, key)) {
      const outcome = await runner.run(parked, toKafkaHeaders(parked.headers));
      if (outcome !== 'ok') {
        await store.setStatus(parked._id, 'dead', clock.now(), outcome.error.message);
        return;
      }
      await store.setStatus(parked._id, 'replayed', clock.now());
    }
    if (!(await store.hasBlocking(group, topic, key))) this.blocked.delete(blockKey(topic, key));
  }
}

const toKafkaHeaders = (headers: Record<string, string>): KafkaMessage['headers'] => headers;
