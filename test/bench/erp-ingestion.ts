// ERP ingestion benchmark (a script, not a test): N SalesOrderBooked events through the real order service on a
// real broker and database, next to a raw kafkajs consume-only loop over the same events in the same run.
//   npm run bench:ingest -- --count 20000
// Uses KAFKA_BROKERS / MONGO_URL when set, otherwise the local Kafka and FerretDB (started if needed).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import mongoose from 'mongoose';
import { AnyEnvelope, dlqTopics, EventCodec, topicCatalog } from '@portal/contracts';
import { createKafka, ensureTopics, EventPublisher, MessageProducer, startService } from '@portal/platform';
import { ensureLocalInfra, stopLocalInfra } from '../../deploy/local/infra';
import { orderService } from '../../services/order/src/service';
import { realisticOrders } from '../erp-simulator/realistic-orders';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '20000' }, batch: { type: 'string', default: '500' } },
});
const count = Number(values.count);
const batchSize = Number(values.batch);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const bar = (label: string) => new SingleBar({ format: `${label.padEnd(22)} [{bar}] {value}/{total} | {duration}s` });

async function main() {
  const infra = await ensureLocalInfra({ log: (line: string) => console.log(line) });
  const prefix = `bench-${randomBytes(3).toString('hex')}.`;
  const database = `${prefix}order`.replace(/\./g, '-');
  await ensureTopics(infra.kafkaBrokers, [...topicCatalog, ...dlqTopics()], prefix);
  const codec = new EventCodec();
  console.log(`benchmark: ${count} SalesOrderBooked events, topic prefix ${prefix}, database ${database}`);

  // Given: the order service running against the real broker and database.
  const order = await startService(orderService, {
    env: {},
    config: {
      httpPort: 0,
      kafkaBrokers: infra.kafkaBrokers,
      mongoUrl: infra.mongoUrl,
      mongoDb: database,
      topicPrefix: prefix,
      logLevel: 'warn',
    },
  });

  // Observe each order event as it is published from the outbox (stored, then relayed).
  const publishedAt = new Map<string, number>();
  const latencies: number[] = [];
  const observer = createKafka('bench-observer', infra.kafkaBrokers).consumer({
    groupId: `${prefix}observer`,
    maxWaitTimeInMs: 50,
  });
  await observer.connect();
  await observer.subscribe({ topic: `${prefix}order.events.v1`, fromBeginning: true });
  let observed = 0;
  let lastObservedAt = 0;
  const seen = new Set<string>();
  await observer.run({
    eachBatch: async ({ batch }) => {
      const now = Date.now();
      for (const message of batch.messages) {
        const event = await codec.decode(message.value);
        if (event.eventType !== 'SalesOrderRecorded' || seen.has(event.aggregateId)) continue;
        seen.add(event.aggregateId);
        const sent = publishedAt.get(event.aggregateId);
        if (sent !== undefined) latencies.push(now - sent);
        observed++;
        lastObservedAt = now;
      }
    },
  });

  // When: the ERP publishes N orders as fast as it can, in batches.
  const producer = new MessageProducer(createKafka('bench-erp', infra.kafkaBrokers));
  await producer.connect();
  const publisher = new EventPublisher(producer, codec, prefix);
  const orders = [...realisticOrders(count, { prefix: prefix.slice(6, 12).toUpperCase() })];
  const started = Date.now();
  const publishing = bar('publishing');
  publishing.start(count, 0);
  for (let i = 0; i < orders.length; i += batchSize) {
    const slice: AnyEnvelope[] = orders.slice(i, i + batchSize);
    const now = Date.now();
    for (const e of slice) publishedAt.set(e.aggregateId, now);
    await publisher.publish(slice);
    publishing.update(Math.min(count, i + batchSize));
  }
  publishing.stop();
  const publishSeconds = (Date.now() - started) / 1000;

  // Then: wait until every order is stored and its event published (counting documents would be a full scan on
  // FerretDB, which would slow down what is measured; the database is counted once at the end).
  const storing = bar('stored + re-published');
  storing.start(count, 0);
  const deadline = Date.now() + 30 * 60_000;
  while (observed < count && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    storing.update(observed);
  }
  storing.stop();
  const serviceSeconds = (lastObservedAt - started) / 1000;
  const connection = await mongoose.createConnection(infra.mongoUrl, { dbName: database }).asPromise();
  const stored = await connection.collection('sales_orders').countDocuments({});
  const memory = process.memoryUsage();
  await observer.disconnect();
  await order.stop();

  // And, on the same broker: a raw kafkajs loop that only consumes and decodes the same events.
  const raw = createKafka('bench-raw', infra.kafkaBrokers).consumer({
    groupId: `${prefix}raw`,
    maxWaitTimeInMs: 50,
    maxBytes: 10 * 1024 * 1024,
  });
  await raw.connect();
  await raw.subscribe({ topic: `${prefix}erp.sales-orders.v1`, fromBeginning: true });
  let rawCount = 0;
  let rawFirst = 0;
  let rawLast = 0;
  const rawBar = bar('raw kafkajs consume');
  rawBar.start(count, 0);
  await raw.run({
    eachBatch: async ({ batch }) => {
      if (!rawFirst) rawFirst = Date.now();
      for (const message of batch.messages) await codec.decode(message.value);
      rawCount += batch.messages.length;
      rawLast = Date.now();
      rawBar.update(Math.min(rawCount, count));
    },
  });
  while (rawCount < count) await new Promise((r) => setTimeout(r, 100));
  rawBar.stop();
  await raw.disconnect();
  await producer.disconnect();
  await connection.dropDatabase();
  await connection.close();
  await stopLocalInfra(infra.started);

  latencies.sort((a, b) => a - b);
  const rawSeconds = (rawLast - rawFirst) / 1000;
  console.log(`
ERP ingestion, ${count} SalesOrderBooked events, ${new Date().toISOString()}
  ERP publish (batches of ${batchSize})          ${(count / publishSeconds).toFixed(0)} events/s (${publishSeconds.toFixed(1)} s)
  sales orders in the order database          ${stored}
  order service: stored and re-published      ${(count / serviceSeconds).toFixed(0)} events/s (${serviceSeconds.toFixed(1)} s)
  publish -> order event out, latency         p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies[latencies.length - 1]} ms (${latencies.length} samples)
  raw kafkajs consume + decode, same events   ${(count / rawSeconds).toFixed(0)} events/s (${rawSeconds.toFixed(1)} s)
  benchmark process memory                    rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB
`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
