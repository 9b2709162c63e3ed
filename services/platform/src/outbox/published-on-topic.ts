import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { EventCodec } from '@portal/contracts';

const READ_TIMEOUT_MS = 120_000;

/**
 * The event ids a topic holds from `since` up to its current end: what a relay that died between publishing and
 * clearing already put there. Each message's `event-id` header is read (older messages without it are decoded).
 * Reads with a throw-away consumer group whose offsets are set to the first message at or after `since`.
 */
export async function publishedEventIds(
  kafka: Kafka,
  codec: EventCodec,
  topic: string,
  since: Date,
): Promise<Set<string>> {
  const ids = new Set<string>();
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `outbox-reconcile-${randomUUID()}`;
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const starts = await admin.fetchTopicOffsetsByTimestamp(topic, since.getTime());
    const todo = new Map<number, bigint>(); // partition -> offset of its last message to read
    const from = starts.map(({ partition, offset }) => {
      const end = ends.find((e) => e.partition === partition)!;
      const start = offset === '-1' ? BigInt(end.high) : BigInt(offset);
      if (start < BigInt(end.high)) todo.set(partition, BigInt(end.high) - 1n);
      return { partition, offset: String(start) };
    });
    if (todo.size === 0) return ids;
    await admin.setOffsets({ groupId, topic, partitions: from });
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`reading ${topic} took too long`)), READ_TIMEOUT_MS);
        void consumer.run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            for (const message of batch.messages) {
              const header = message.headers?.['event-id'];
              const id = header ? header.toString() : (await codec.decode(message.value)).eventId;
              ids.add(id);
              const last = todo.get(batch.partition);
              if (last !== undefined && BigInt(message.offset) >= last) todo.delete(batch.partition);
            }
            if (todo.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
    await admin.deleteGroups([groupId]).catch(() => undefined);
    return ids;
  } finally {
    await admin.disconnect();
  }
}
