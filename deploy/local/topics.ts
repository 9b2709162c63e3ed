import { randomUUID } from 'node:crypto';
import { dlqTopics, topicCatalog } from '@portal/contracts';
import { createKafka, ensureTopics } from '@portal/platform';
import type { Log } from './log';

/** Creates every catalog topic and every dead-letter topic; existing topics are left as they are. */
export async function ensureCatalogTopics(brokers: string[], log: Log, prefix = ''): Promise<void> {
  const topics = [
    ...topicCatalog.map(({ name, partitions, retentionMs }) => ({ name, partitions, retentionMs })),
    ...dlqTopics(),
  ];
  await ensureTopics(brokers, topics, prefix);
  await warmUpGroupCoordinator(brokers, log);
  log(
    `kafka: ${topics.length} topics present (${topicCatalog.length} from the catalog, ${topics.length - topicCatalog.length} dead-letter)`,
  );
}

/**
 * A freshly formatted broker creates its group-coordinator topic (`__consumer_offsets`, 50 partitions) on the
 * first group join, and answers "coordinator not available" until it is hosted: join one throwaway group once,
 * so the platform start and every test suite find a coordinator ready.
 */
export async function warmUpGroupCoordinator(brokers: string[], log: Log): Promise<void> {
  const began = Date.now();
  const kafka = createKafka('portal-warm-up', brokers);
  const topic = 'portal.warm-up';
  await ensureTopics(brokers, [{ name: topic, partitions: 1 }]);
  // A group of its own each time, so runs sharing a broker never wait on each other's members.
  const consumer = kafka.consumer({ groupId: `portal-warm-up-${randomUUID()}`, maxWaitTimeInMs: 100 });
  let timer: NodeJS.Timeout | undefined;
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({ eachMessage: async () => undefined });
    // A warm-up, not a gate: a broker that is slow to give a coordinator is waited for by the clients themselves.
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 60_000)));
    if ((await Promise.race([joined, timeout])) === 'timeout') {
      log('kafka: no group coordinator within 60 s; carrying on (clients retry)');
      return;
    }
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
  log(`kafka: group coordinator ready (${((Date.now() - began) / 1000).toFixed(1)} s)`);
}
