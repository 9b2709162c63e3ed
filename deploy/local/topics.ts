import { dlqTopics, topicCatalog } from '@portal/contracts';
import { ensureTopics } from '@portal/platform';
import type { Log } from './log';

/** Creates every catalog topic and every dead-letter topic; existing topics are left as they are. */
export async function ensureCatalogTopics(brokers: string[], log: Log, prefix = ''): Promise<void> {
  const topics = [
    ...topicCatalog.map(({ name, partitions, retentionMs }) => ({ name, partitions, retentionMs })),
    ...dlqTopics(),
  ];
  await ensureTopics(brokers, topics, prefix);
  log(
    `kafka: ${topics.length} topics present (${topicCatalog.length} from the catalog, ${topics.length - topicCatalog.length} dead-letter)`,
  );
}
