import { Kafka, logLevel } from 'kafkajs';
import type { Logger } from '../logging/logger';

/** The one place a kafkajs client is made; its logs go through the service's pino logger. */
export function createKafka(clientId: string, brokers: string[], logger?: Logger): Kafka {
  const toPino = { [logLevel.ERROR]: 'error', [logLevel.WARN]: 'warn', [logLevel.INFO]: 'debug', [logLevel.DEBUG]: 'trace', [logLevel.NOTHING]: 'trace' } as const;
  return new Kafka({
    clientId,
    brokers,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator: () => ({ level, log }) => {
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
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({
        topic: prefix + t.name,
        numPartitions: t.partitions,
        replicationFactor: 1,
        configEntries: t.retentionMs === undefined ? [] : [{ name: 'retention.ms', value: String(t.retentionMs) }],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
