import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import type { AnyEnvelope, EventCodec } from '@portal/contracts';
import { until } from './eventually';

export interface ProbedMessage {
  event: AnyEnvelope | null;
  key: string | null;
  headers: Record<string, string>;
  value: Buffer | null;
  partition: number;
  offset: string;
}

/** Reads one topic from its start into memory, for Then-assertions on what a service published. */
export class TopicProbe {
  readonly messages: ProbedMessage[] = [];
  private readonly consumer: Consumer;
  private readonly lastOffsetRead = new Map<number, number>();
  private ready?: Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly codec: EventCodec,
  ) {
    this.consumer = kafka.consumer({ groupId: `probe-${randomUUID()}`, maxWaitTimeInMs: 100 });
  }

  start(): Promise<void> {
    this.ready ??= (async () => {
      await this.consumer.connect();
      await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
      await this.consumer.run({
        eachMessage: async ({ message, partition }) => {
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]),
          );
          const event = await this.codec.decode(message.value).catch(() => null);
          this.messages.push({
            event,
            key: message.key?.toString() ?? null,
            headers,
            value: message.value,
            partition,
            offset: message.offset,
          });
          this.lastOffsetRead.set(partition, Number(message.offset));
        },
      });
    })();
    return this.ready;
  }

  get events(): AnyEnvelope[] {
    return this.messages.flatMap((m) => (m.event ? [m.event] : []));
  }

  /** Waits for an event matching the predicate and returns it. */
  async waitFor<T extends AnyEnvelope = AnyEnvelope>(
    predicate: (event: AnyEnvelope) => boolean,
    timeoutMs = 20_000,
  ): Promise<T> {
    const message = await this.waitForMessage((m) => m.event !== null && predicate(m.event), timeoutMs);
    return message.event as T;
  }

  async waitForMessage(predicate: (message: ProbedMessage) => boolean, timeoutMs = 20_000): Promise<ProbedMessage> {
    await this.start();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `no matching message on ${this.topic} within ${timeoutMs} ms (saw ${this.messages.length}: ${this.events.map((e) => e.eventType).join(', ')})`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Waits until the probe has read everything the topic holds at the time of the call. Once whatever produces onto
   * the topic is done (stopped, or its outbox is empty), a message missing or doubled after this is really missing
   * or doubled: the positive condition that replaces "sleep, then assert that nothing more came".
   */
  async caughtUp(timeoutMs = 30_000): Promise<void> {
    await this.start();
    const admin = this.kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(this.topic).finally(() => admin.disconnect());
    await until(
      `probe of ${this.topic} read up to ${ends.map((e) => `${e.partition}:${e.high}`).join(' ')}`,
      async () => ends.every((e) => (this.lastOffsetRead.get(e.partition) ?? -1) >= Number(e.high) - 1),
      timeoutMs,
      50,
    );
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
