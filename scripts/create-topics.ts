// Creates the catalog and dead-letter topics on KAFKA_BROKERS (the compose stack's one-shot job).
import { ensureCatalogTopics } from '../deploy/local/topics';
import { brokersFromEnv } from '../deploy/local/infra';

const brokers = brokersFromEnv();
if (!brokers) {
  console.error('create-topics: KAFKA_BROKERS is not set (comma-separated host:port list)');
  process.exit(2);
}
ensureCatalogTopics(brokers, (line) => console.log(line)).catch((error: Error) => {
  console.error(`create-topics: ${error.message}`);
  process.exit(1);
});
