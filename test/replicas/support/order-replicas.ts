// Order service replicas as real processes (`node --import tsx services/order/src/main.ts`, as `npm start` runs
// it), all in one consumer group, on the given broker and database under a topic prefix and database of their own.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Admin } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { AnyEnvelope, dlqTopics, EventCodec, topicCatalog } from '@portal/contracts';
import { createKafka, ensureTopics, EventPublisher, MessageProducer } from '@portal/platform';
import { deleteTopicsWithPrefix } from '@portal/platform/src/kafka/kafka';
import { freePort, until } from '../../bench/support/platform';
import { serviceArgs } from '../../../deploy/local/service-build';
import { serviceProcessEnv } from '../../../deploy/local/service-node-options';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const IN = 'erp.sales-orders.v1';
export const OUT = 'order.events.v1';

export interface Replica {
  name: string;
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

export class OrderReplicas {
  readonly prefix: string;
  readonly database: string;
  readonly group: string;
  readonly replicas: Replica[] = [];
  private readonly logDir = path.join(repoRoot, '.local', 'logs', 'replicas');
  private readonly producer: MessageProducer;
  private readonly mongo: MongoClient;
  readonly admin: Admin;
  readonly codec = new EventCodec();

  constructor(
    readonly kafkaBrokers: string[],
    readonly mongoUrl: string,
    label: string,
  ) {
    this.prefix = `${label}-${randomBytes(3).toString('hex')}.`;
    this.database = this.prefix.replace(/\./g, '-').replace(/-$/, '');
    this.group = `${this.prefix}order`;
    const kafka = createKafka(`replicas-${label}`, kafkaBrokers);
    this.producer = new MessageProducer(kafka);
    this.admin = kafka.admin();
    this.mongo = new MongoClient(mongoUrl, { serverSelectionTimeoutMS: 10_000 });
  }

  /** Topics with the catalog's partition counts (six for the ERP's sales orders: work for both replicas). */
  async open(): Promise<void> {
    fs.mkdirSync(this.logDir, { recursive: true });
    await ensureTopics(this.kafkaBrokers, [...topicCatalog, ...dlqTopics()], this.prefix);
    await this.producer.connect();
    await this.admin.connect();
    await this.mongo.connect();
  }

  /** Starts one more replica; answers once its edge says it is ready (consumer joined included). */
  async start(name: string, timeoutMs = 180_000): Promise<Replica> {
    const port = await freePort();
    const log = fs.openSync(path.join(this.logDir, `${this.prefix}${name}.log`), 'w');
    const child = spawn(process.execPath, serviceArgs('order'), {
      cwd: repoRoot,
      stdio: ['ignore', log, log],
      env: serviceProcessEnv({
        HTTP_PORT: String(port),
        KAFKA_BROKERS: this.kafkaBrokers.join(','),
        MONGO_URL: this.mongoUrl,
        MONGO_DB: this.database,
        TOPIC_PREFIX: this.prefix,
        LOG_LEVEL: 'warn',
      }),
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const replica = { name, child, url: `http://127.0.0.1:${port}`, exited };
    this.replicas.push(replica);
    await until(
      `${name} ready`,
      async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
        return (await fetch(`${replica.url}/readyz`, { signal: AbortSignal.timeout(5000) })).ok;
      },
      timeoutMs,
    );
    return replica;
  }

  /** Until the group is stable with exactly `count` members (so the partitions are shared out among them). */
  async groupOf(count: number, timeoutMs = 180_000): Promise<void> {
    await until(
      `consumer group with ${count} members`,
      async () => {
        const [group] = (await this.admin.describeGroups([this.group])).groups;
        return group?.state === 'Stable' && group.members.length === count;
      },
      timeoutMs,
    );
  }

  async publish(events: AnyEnvelope[]): Promise<void> {
    await new EventPublisher(this.producer, this.codec, this.prefix).publish(events);
  }

  /** ERP messages the group has committed (applied and acknowledged). */
  async committed(): Promise<number> {
    const [offsets] = await this.admin.fetchOffsets({ groupId: this.group, topics: [this.prefix + IN] });
    return (offsets?.partitions ?? []).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
  }

  /** Messages on the order events topic. */
  async published(): Promise<number> {
    return (await this.admin.fetchTopicOffsets(this.prefix + OUT)).reduce((n, p) => n + Number(p.high), 0);
  }

  /** Sales orders whose outbox still holds entries (written but not yet known to be on Kafka). */
  async pendingOutboxes(): Promise<number> {
    return this.salesOrders().countDocuments({ outboxPendingSince: { $ne: null } });
  }

  salesOrders() {
    return this.mongo.db(this.database).collection<{ _id: string; [field: string]: unknown }>('sales_orders');
  }

  /** Order events this replica's outbox relay published (its /metrics): only the relay lease holder publishes. */
  async publishedBy(replica: Replica): Promise<number> {
    const text = await (await fetch(`${replica.url}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
    const line = text.split('\n').find((l) => l.startsWith('events_published_total{') && l.includes(OUT));
    return Number(line?.split(' ').pop() ?? 0);
  }

  async kill(replica: Replica): Promise<void> {
    replica.child.kill('SIGKILL');
    await replica.exited;
  }

  /** Every order event on the topic, per partition in offset order, decoded. */
  async readOutput(): Promise<AnyEnvelope[]> {
    const kafka = createKafka('replicas-reader', this.kafkaBrokers);
    const ends = await this.admin.fetchTopicOffsets(this.prefix + OUT);
    const remaining = new Map(ends.filter((p) => p.high !== p.low).map((p) => [p.partition, BigInt(p.high)]));
    const byPartition = new Map<number, AnyEnvelope[]>();
    if (remaining.size === 0) return [];
    const consumer = kafka.consumer({ groupId: `${this.prefix}reader-${randomBytes(3).toString('hex')}` });
    await consumer.connect();
    await consumer.subscribe({ topic: this.prefix + OUT, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            if (!remaining.has(partition)) return;
            const list = byPartition.get(partition) ?? [];
            list.push(await this.codec.decode(message.value!));
            byPartition.set(partition, list);
            if (BigInt(message.offset) + 1n >= remaining.get(partition)!) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    return [...byPartition.values()].flat();
  }

  /** Stops what is still running (SIGTERM, SIGKILL after 30 s), drops the database and the topics. */
  async close(): Promise<void> {
    await Promise.all(
      this.replicas.map(async (r) => {
        if (r.child.exitCode !== null || r.child.signalCode !== null) return;
        r.child.kill('SIGTERM');
        const timer = setTimeout(() => r.child.kill('SIGKILL'), 30_000);
        await r.exited;
        clearTimeout(timer);
      }),
    );
    await this.producer.disconnect().catch(() => undefined);
    await this.admin.disconnect().catch(() => undefined);
    await this.mongo
      .db(this.database)
      .dropDatabase()
      .catch(() => undefined);
    await this.mongo.close().catch(() => undefined);
    await deleteTopicsWithPrefix(this.kafkaBrokers, this.prefix).catch(() => undefined);
  }
}
