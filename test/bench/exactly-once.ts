// Verification script (not a test): the order service as a real process, SIGKILLed five times while it works
// through N ERP orders, then left to finish. Prints how many messages order.events.v1 holds, how many distinct
// eventIds, and how many sales orders were recorded: every effect once and every event published once.
//   npx tsx test/bench/exactly-once.ts --count 5000 --kills 5
// Uses KAFKA_BROKERS / MONGO_URL when set, otherwise the local Kafka and FerretDB (started if needed).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { dlqTopics, EventCodec, topicCatalog } from '@portal/contracts';
import { createKafka, ensureTopics, EventPublisher, MessageProducer } from '@portal/platform';
import { ensureLocalInfra, stopLocalInfra } from '../../deploy/local/infra';
import { realisticOrders } from '../erp-simulator/realistic-orders';
import { serviceArgs } from '../../deploy/local/service-build';
import { serviceProcessEnv } from '../../deploy/local/service-node-options';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '5000' }, kills: { type: 'string', default: '5' } },
});
const count = Number(values.count);
const kills = Number(values.kills);
const root = path.resolve(__dirname, '../..');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const infra = await ensureLocalInfra({ log: (line: string) => console.log(line) });
  const prefix = `once-${randomBytes(3).toString('hex')}.`;
  const database = `${prefix}order`.replace(/\./g, '-');
  await ensureTopics(infra.kafkaBrokers, [...topicCatalog, ...dlqTopics()], prefix);
  const kafka = createKafka('exactly-once', infra.kafkaBrokers);
  const codec = new EventCodec();
  const client = await new MongoClient(infra.mongoUrl).connect();
  const orders = client.db(database).collection('sales_orders');
  const start = () => {
    const child = spawn(process.execPath, serviceArgs('order'), {
      cwd: root,
      env: serviceProcessEnv({
        HTTP_PORT: '0',
        KAFKA_BROKERS: infra.kafkaBrokers.join(','),
        MONGO_URL: infra.mongoUrl,
        MONGO_DB: database,
        TOPIC_PREFIX: prefix,
        LOG_LEVEL: 'warn',
      }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return { child, exited: new Promise((resolve) => child.once('exit', resolve)) };
  };

  const producer = new MessageProducer(createKafka('exactly-once-erp', infra.kafkaBrokers));
  await producer.connect();
  const events = [...realisticOrders(count, { prefix: randomBytes(3).toString('hex').toUpperCase() })];
  await new EventPublisher(producer, codec, prefix).publish(events);
  await producer.disconnect();
  console.log(`published ${count} SalesOrderBooked on ${prefix}erp.sales-orders.v1`);

  const admin = kafka.admin();
  await admin.connect();
  const onTopic = async () =>
    (await admin.fetchTopicOffsets(`${prefix}order.events.v1`)).reduce((n, p) => n + Number(p.high), 0);
  for (let run = 1; run <= kills; run++) {
    const victim = start();
    const before = await onTopic();
    const deadline = Date.now() + 120_000;
    while ((await onTopic()) <= before + 50 && (await onTopic()) < count && Date.now() < deadline) await pause(20);
    await pause(Math.random() * 1000); // somewhere in the middle of a batch, a publish or a clear
    victim.child.kill('SIGKILL');
    await victim.exited;
    console.log(`kill ${run}: ${await onTopic()} messages on order.events.v1`);
  }
  const survivor = start();
  const deadline = Date.now() + 20 * 60_000;
  while ((await orders.countDocuments({ outboxPendingSince: null })) < count && Date.now() < deadline)
    await pause(1000);
  survivor.child.kill('SIGTERM');
  await survivor.exited;

  // Read the whole topic back: every message's eventId.
  const ids: string[] = [];
  const total = await onTopic();
  const reader = kafka.consumer({ groupId: `${prefix}verify` });
  await reader.connect();
  await reader.subscribe({ topic: `${prefix}order.events.v1`, fromBeginning: true });
  await reader.run({
    eachMessage: async ({ message }) => {
      ids.push((await codec.decode(message.value)).eventId);
    },
  });
  while (ids.length < total) await pause(100);
  await reader.disconnect();
  await admin.disconnect();
  const stored = await orders.countDocuments({});
  await client.db(database).dropDatabase();
  await client.close();
  await stopLocalInfra(infra.started);
  const duplicates = ids.length - new Set(ids).size;
  console.log(
    `exactly-once: ${kills} SIGKILLs, ${stored} of ${count} orders stored, ${ids.length} events on the topic, ${duplicates} duplicate eventIds`,
  );
  process.exit(duplicates === 0 && stored === count ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
