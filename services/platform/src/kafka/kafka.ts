import { Admin, Kafka, logLevel } from 'kafkajs';
import './request-queue-fix';
import type { Logger } from '../logging/logger';

/** The one place a kafkajs client is made; its logs go through the service's pino logger. */
export function createKafka(clientId: string, brokers: string[], logger?: Logger): Kafka {
  const toPino = {
    [logLevel.ERROR]: 'error',
    [logLevel.WARN]: 'warn',
    [logLevel.INFO]: 'debug',
    [logLevel.DEBUG]: 'trace',
    [logLevel.NOTHING]: 'trace',
  } as const;
  return new Kafka({
    clientId,
    brokers,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }) => {
        if (!logger) return;
        const { message, ...extra } = log;
        logger[toPino[level as keyof typeof toPino] ?? 'info']({ kafka: extra }, String(message));
      },
  });
}

export interface TopicToCreate {
  name: string;
  partitions: number;
  retentionMs?: number;
}

/** Creates the topics that do not exist yet (idempotent; existing topics are left as they are). */
export async function ensureTopics(brokers: string[], topics: TopicToCreate[], prefix = ''): Promise<void> {
  const admin = createKafka('portal-admin', brokers).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(prefix + t.name));
    if (missing.length === 0) return;
    // kafkajs' own leader wait gives up on "does not host this topic-partition", which a fresh KRaft broker answers
    // for a moment after creating topics; waitUntilServed below retries that instead.
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((t) => ({
        topic: prefix + t.name,
        numPartitions: t.partitions,
        replicationFactor: 1,
        configEntries: t.retentionMs === undefined ? [] : [{ name: 'retention.ms', value: String(t.retentionMs) }],
      })),
    });
    await waitUntilServed(
      admin,
      missing.map((t) => prefix + t.name),
    );
  } finally {
    await admin.disconnect();
  }
}

/** A fresh broker may answer createTopics before its metadata serves the topics: wait until every partition has a leader. */
async function waitUntilServed(admin: Admin, topics: string[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      // Metadata can name a leader before that broker hosts the partition ("does not host this topic-partition"):
      // asking each leader for its offsets proves it serves them.
      if (metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) {
        for (const topic of topics) await admin.fetchTopicOffsets(topic);
        return;
      }
    } catch (error) {
      if (attempt >= 50) throw error;
    }
    if (attempt >= 50)
      throw new Error(`topics not served by the broker after creation: ${topics.slice(0, 3).join(', ')}…`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Deletes every topic whose name starts with the prefix (a finished test suite's topics). */
export async function deleteTopicsWithPrefix(brokers: string[], prefix: string): Promise<void> {
  if (!prefix) throw new Error('refusing to delete topics without a prefix');
  const admin = createKafka('portal-admin', brokers).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}
