import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import type { AnyEnvelope, EventCodec } from '@portal/contracts';

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
  private ready?: Promise<void>;

  constructor(
    kafka: Kafka,
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

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
