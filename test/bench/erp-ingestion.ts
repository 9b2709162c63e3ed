// ERP ingestion benchmark (a script, not a test). In one run, on the same broker and database, the same N
// SalesOrderBooked events go through:
//   raw:   kafkajs eachBatch + one native insertMany(ordered: false) per batch, no logic
//   order: the real order service in its own process (consume, decide, store, outbox, relay to order.events.v1)
// each timed from its publish start to its last write acknowledged (raw) or last order event out (order).
//   npm run bench:ingest -- --count 20000
// Uses KAFKA_BROKERS / MONGO_URL when set, otherwise the local Kafka and FerretDB (started if needed).
// Also prints the service process's RSS (peak, once started, at the end; heap and array buffers at the peak) and
// its database commands per 1000 events with the time the database spent on each kind (where the time goes).
// BENCH_HEAP_SNAPSHOT=<file> writes the service's heap after the run; BENCH_HEAP_SNAPSHOT_AT_MB=<n> once its heap
// passes n MiB (to BENCH_HEAP_SNAPSHOT_PEAK, default peak.heapsnapshot).
// Last line: `ingest: <service> events/s of <raw> raw = <ratio>`.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { MongoClient } from 'mongodb';
import { AnyEnvelope, dlqTopics, EventCodec, topicCatalog } from '@portal/contracts';
import { createKafka, ensureTopics, EventPublisher, MessageProducer } from '@portal/platform';
import { deleteTopicsWithPrefix } from '@portal/platform/src/kafka/kafka';
import { ensureLocalInfra, stopLocalInfra } from '../../deploy/local/infra';
import { serviceProcessEnv } from '../../deploy/local/service-node-options';
import { realisticOrders } from '../erp-simulator/realistic-orders';
import { nextMessage } from './support/child-messages';
import { percentile } from './support/percentile';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '20000' }, batch: { type: 'string', default: '500' } },
});
const count = Number(values.count);
const batchSize = Number(values.batch);

const bar = (label: string) => new SingleBar({ format: `${label.padEnd(22)} [{bar}] {value}/{total} | {duration}s` });
const waitUntil = async (done: () => boolean, progress: SingleBar, value: () => number) => {
  const deadline = Date.now() + 30 * 60_000;
  while (!done() && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    progress.update(value());
  }
  progress.stop();
};

interface Infra {
  kafkaBrokers: string[];
  mongoUrl: string;
}

/** Publishes the events onto the prefixed topics in batches; records when each aggregate's batch went out. */
async function publishAll(
  infra: Infra,
  codec: EventCodec,
  prefix: string,
  events: AnyEnvelope[],
  publishedAt = new Map<string, number>(),
) {
  const producer = new MessageProducer(createKafka('bench-erp', infra.kafkaBrokers));
  await producer.connect();
  const publisher = new EventPublisher(producer, codec, prefix);
  const started = Date.now();
  const progress = bar('publishing');
  progress.start(events.length, 0);
  for (let i = 0; i < events.length; i += batchSize) {
    const slice = events.slice(i, i + batchSize);
    const now = Date.now();
    for (const e of slice) publishedAt.set(e.aggregateId, now);
    await publisher.publish(slice);
    progress.update(Math.min(events.length, i + batchSize));
  }
  progress.stop();
  await producer.disconnect();
  return { started, publishedAt, publishSeconds: (Date.now() - started) / 1000 };
}

/** The raw limit: consume, decode, one unordered bulk insert per Kafka batch. */
async function measureRaw(infra: Infra, codec: EventCodec, events: AnyEnvelope[]) {
  const prefix = `bench-raw-${randomBytes(3).toString('hex')}.`;
  await ensureTopics(infra.kafkaBrokers, topicCatalog, prefix);
  const client = await new MongoClient(infra.mongoUrl, { maxPoolSize: 1 }).connect();
  const collection = client.db(prefix.replace(/\./g, '-') + 'raw').collection<{ _id: string }>('sales_orders');
  const consumer = createKafka('bench-raw', infra.kafkaBrokers).consumer({
    groupId: `${prefix}raw`,
    maxWaitTimeInMs: 50,
  });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topic: `${prefix}erp.sales-orders.v1`, fromBeginning: true });
  let written = 0;
  let lastWriteAt = 0;
  const publishedAt = new Map<string, number>();
  const latencies: number[] = [];
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const docs = [];
      for (const message of batch.messages) {
        const event = await codec.decode(message.value);
        docs.push({ ...event, _id: event.aggregateId });
      }
      if (docs.length) await collection.insertMany(docs, { ordered: false });
      written += docs.length;
      lastWriteAt = Date.now();
      for (const doc of docs) latencies.push(lastWriteAt - publishedAt.get(doc._id)!);
    },
  });
  await joined; // both measurements start once their consumer has its partitions
  const { started } = await publishAll(infra, codec, prefix, events, publishedAt);
  const progress = bar('raw insertMany');
  progress.start(events.length, 0);
  await waitUntil(
    () => written >= events.length,
    progress,
    () => written,
  );
  await consumer.disconnect();
  await collection.db.dropDatabase();
  await client.close();
  await deleteTopicsWithPrefix(infra.kafkaBrokers, prefix);
  return { seconds: (lastWriteAt - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
}

/** Messages to and from the order service's process (see order-process.ts). */
function orderProcess(config: object) {
  const child = fork(join(__dirname, 'order-process.ts'), [JSON.stringify(config)], {
    // The heap settings of every service process (serviceProcessEnv); BENCH_SERVICE_NODE_ARGS: more flags for the
    // service's node only (e.g. --max-old-space-size=400 to compare, later flags win).
    env: serviceProcessEnv(),
    execArgv: [...process.execArgv, ...(process.env.BENCH_SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
  });
  const next = <T>(type: string) => nextMessage<T>(child, type, "the order service's process");
  const ask = <T>(type: string) => {
    const answer = next<T>(type);
    child.send({ type });
    return answer;
  };
  return { next, ask };
}

interface ServiceReport {
  atPeak: NodeJS.MemoryUsage;
  startRss: number;
  peakRss: number;
  rss: number;
  heap: number;
  stored: number;
  commands: Record<string, { n: number; ms: number }>;
}

/**
 * The order service, in its own process (its memory is its own): stored, decided, relayed; timed to the last
 * SalesOrderRecorded on order.events.v1.
 */
async function measureOrder(infra: Infra, codec: EventCodec, events: AnyEnvelope[]) {
  const prefix = `bench-${randomBytes(3).toString('hex')}.`;
  const database = `${prefix}order`.replace(/\./g, '-');
  await ensureTopics(infra.kafkaBrokers, [...topicCatalog, ...dlqTopics()], prefix);
  const order = orderProcess({ kafkaBrokers: infra.kafkaBrokers, mongoUrl: infra.mongoUrl, database, prefix });
  const { url } = await order.next<{ url: string }>('ready');
  const observedAt = new Map<string, number>();
  let duplicates = 0;
  const observer = createKafka('bench-observer', infra.kafkaBrokers).consumer({
    groupId: `${prefix}observer`,
    maxWaitTimeInMs: 50,
  });
  await observer.connect();
  await observer.subscribe({ topic: `${prefix}order.events.v1`, fromBeginning: true });
  const eventIds = new Set<string>();
  await observer.run({
    eachBatch: async ({ batch }) => {
      const now = Date.now();
      for (const message of batch.messages) {
        const event = await codec.decode(message.value);
        if (eventIds.has(event.eventId)) duplicates++;
        eventIds.add(event.eventId);
        if (event.eventType === 'SalesOrderRecorded' && !observedAt.has(event.aggregateId))
          observedAt.set(event.aggregateId, now);
      }
    },
  });
  while ((await fetch(`${url}/readyz`)).status !== 200) await new Promise((r) => setTimeout(r, 100));
  const { started, publishedAt, publishSeconds } = await publishAll(infra, codec, prefix, events);
  const progress = bar('order: stored + out');
  progress.start(events.length, 0);
  await waitUntil(
    () => observedAt.size >= events.length,
    progress,
    () => observedAt.size,
  );
  const report = await order.ask<ServiceReport>('report');
  await observer.disconnect();
  await order.ask('stop');
  // Dropped once the service has stopped: its shutdown still writes (the relay's lease among others), so a database
  // dropped before it would be made again, empty.
  const client = await MongoClient.connect(infra.mongoUrl);
  await client.db(database).dropDatabase();
  await client.close();
  await deleteTopicsWithPrefix(infra.kafkaBrokers, prefix);
  const latencies = [...observedAt].map(([id, at]) => at - publishedAt.get(id)!).sort((a, b) => a - b);
  const last = Math.max(...observedAt.values());
  return { seconds: (last - started) / 1000, publishSeconds, latencies, duplicates, report };
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

async function main() {
  const infra = await ensureLocalInfra({ log: (line: string) => console.log(line) });
  const codec = new EventCodec();
  const events: AnyEnvelope[] = [...realisticOrders(count, { prefix: randomBytes(3).toString('hex').toUpperCase() })];
  console.log(`benchmark: ${count} SalesOrderBooked events, same events for raw and order, node ${process.version}`);

  const raw = await measureRaw(infra, codec, events);
  const order = await measureOrder(infra, codec, events);
  await stopLocalInfra(infra.started);

  const rawRate = count / raw.seconds;
  const orderRate = count / order.seconds;
  const { latencies, report } = order;
  const perThousand = Object.entries(report.commands)
    .sort(([, a], [, b]) => b.ms - a.ms)
    .map(([name, c]) => `${name} ${((c.n * 1000) / count).toFixed(1)} (${(c.ms / 1000).toFixed(1)} s)`)
    .join(', ');
  console.log(`
ERP ingestion, ${count} SalesOrderBooked events, ${new Date().toISOString()}
  ERP publish (batches of ${batchSize})             ${(count / order.publishSeconds).toFixed(0)} events/s (${order.publishSeconds.toFixed(1)} s)
  raw: eachBatch + insertMany, publish -> last write   ${rawRate.toFixed(0)} events/s (${raw.seconds.toFixed(1)} s)
  order: stored + relayed, publish -> last event out   ${orderRate.toFixed(0)} events/s (${order.seconds.toFixed(1)} s)
  sales orders in the order database               ${report.stored}
  duplicate eventIds on order.events.v1            ${order.duplicates}
  publish -> raw write, latency                    p50 ${percentile(raw.latencies, 50)} ms, p99 ${percentile(raw.latencies, 99)} ms (the floor: the same events written with no logic)
  publish -> order event out, latency              p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies[latencies.length - 1]} ms (${latencies.length} samples)
  order service process memory                     rss peak ${(report.peakRss / 2 ** 20).toFixed(0)} MiB (${(report.startRss / 2 ** 20).toFixed(0)} MiB once started), at the end ${(report.rss / 2 ** 20).toFixed(0)} MiB, heap ${(report.heap / 2 ** 20).toFixed(0)} MiB
  order service memory at its peak                 heap ${mib(report.atPeak.heapUsed)} of ${mib(report.atPeak.heapTotal)} MiB, external ${mib(report.atPeak.external)} MiB (array buffers ${mib(report.atPeak.arrayBuffers)} MiB)
  order's database commands per 1000 events (time) ${perThousand}
ingest: ${orderRate.toFixed(0)} events/s of ${rawRate.toFixed(0)} raw = ${(orderRate / rawRate).toFixed(2)}`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
