import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { EventCodec, topicCatalog } from '@portal/contracts';
import { createKafka, EventPublisher, MessageProducer } from '@portal/platform';
import { realisticOrders } from '../erp-simulator/realistic-orders';

/** What one phase sent: the orders, and the keys of the undecodable messages among them. */
export interface Batch {
  label: string;
  orderNumbers: string[];
  poisonKeys: string[];
}

/** Lost and doubled effects of a batch, per place they should appear exactly once. */
export interface Tally {
  applied: Record<string, number>;
  lost: Record<string, number>;
  doubled: Record<string, number>;
  deadLetters: Record<string, { poison: number; other: number }>;
}

// Where each ERP order must leave exactly one trace: order and account consume erp.sales-orders.v1, licensing the
// order service's snapshots of it (order.events.v1).
const STORES = [
  { service: 'order', collection: 'sales_orders' },
  { service: 'account', collection: 'sales_orders' },
  { service: 'licensing', collection: 'orders' },
] as const;
// Undecodable ERP messages end in the dead-letter topic of every group that reads the ERP's topic.
const DEAD_LETTER_GROUPS = topicCatalog.find((t) => t.name === 'erp.sales-orders.v1')!.consumers;

export class Effects {
  private readonly codec = new EventCodec();
  private readonly producer: MessageProducer;
  private readonly publisher: EventPublisher;
  private readonly mongo: MongoClient;

  constructor(
    private readonly kafkaBrokers: string[],
    mongoUrl: string,
  ) {
    this.producer = new MessageProducer(createKafka('fault-erp', kafkaBrokers));
    this.publisher = new EventPublisher(this.producer, this.codec, '');
    this.mongo = new MongoClient(mongoUrl, { serverSelectionTimeoutMS: 5000 });
  }

  async connect() {
    await this.producer.connect();
    await this.mongo.connect();
  }

  async close() {
    await this.producer.disconnect().catch(() => undefined);
    await this.mongo.close().catch(() => undefined);
  }

  /** The ERP publishes `count` orders; every `poisonEvery`-th message is undecodable bytes instead. */
  async publish(label: string, count: number, poisonEvery = 0): Promise<Batch> {
    const orders = [...realisticOrders(count, { prefix: label, seed: count })];
    const poisonKeys: string[] = [];
    for (let i = 0; i < orders.length; i += 50) {
      await this.publisher.publish(orders.slice(i, i + 50));
      if (poisonEvery > 0) {
        const poison = orders.slice(i, i + 50).filter((_, j) => (i + j) % poisonEvery === poisonEvery - 1);
        for (const order of poison) poisonKeys.push(`POISON-${order.aggregateId}`);
        await this.producer.send(
          poison.map((order) => ({
            topic: 'erp.sales-orders.v1',
            key: `POISON-${order.aggregateId}`,
            value: Buffer.from(`\u0000not avro ${randomUUID()}`),
            headers: {},
          })),
        );
      }
    }
    return { label, orderNumbers: orders.map((o) => o.aggregateId), poisonKeys };
  }

  /** How many orders of the batch the order service stored (progress, to land a fault mid-ingest). */
  async storedByOrder(batch: Batch): Promise<number> {
    return this.countIn('order', 'sales_orders', batch);
  }

  async tally(batch: Batch): Promise<Tally> {
    const applied: Record<string, number> = {};
    const lost: Record<string, number> = {};
    const doubled: Record<string, number> = {};
    for (const { service, collection } of STORES) {
      applied[service] = await this.countIn(service, collection, batch);
      lost[service] = batch.orderNumbers.length - applied[service];
    }
    // An ERP order applied twice by the order service would publish two SalesOrderRecorded with different ids.
    const recorded = new Map<string, Set<string>>();
    for (const message of await this.readAll('order.events.v1')) {
      const event = await this.codec.decode(message.value).catch(() => null);
      if (event?.eventType !== 'SalesOrderRecorded' || !batch.orderNumbers.includes(event.aggregateId)) continue;
      recorded.set(event.aggregateId, (recorded.get(event.aggregateId) ?? new Set()).add(event.eventId));
    }
    applied['order.events.v1'] = recorded.size;
    lost['order.events.v1'] = batch.orderNumbers.length - recorded.size;
    doubled['order.events.v1'] = [...recorded.values()].filter((ids) => ids.size > 1).length;
    const deadLetters: Tally['deadLetters'] = {};
    const poison = new Set(batch.poisonKeys);
    const ours = new Set([...batch.orderNumbers, ...batch.poisonKeys]);
    for (const group of DEAD_LETTER_GROUPS) {
      const keys = (await this.readAll(`dlq.${group}`)).map((m) => m.key).filter((k) => ours.has(k));
      deadLetters[group] = {
        poison: new Set(keys.filter((k) => poison.has(k))).size,
        other: keys.filter((k) => !poison.has(k)).length,
      };
      doubled[`dlq.${group}`] = keys.filter((k) => poison.has(k)).length - deadLetters[group].poison;
    }
    return { applied, lost, doubled, deadLetters };
  }

  private async countIn(service: string, collection: string, batch: Batch): Promise<number> {
    const ids = await this.mongo
      .db(`fault-${service}`)
      .collection<{ _id: string }>(collection)
      .find({}, { projection: { _id: 1 } })
      .toArray();
    const wanted = new Set(batch.orderNumbers);
    return ids.filter((d) => wanted.has(d._id)).length;
  }

  /** Every message of a topic up to its current end (a fresh consumer group each time). */
  private async readAll(topic: string): Promise<{ key: string; value: Buffer }[]> {
    const kafka = createKafka('fault-reader', this.kafkaBrokers);
    const admin = kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const remaining = new Map(ends.filter((p) => p.high !== p.low).map((p) => [p.partition, BigInt(p.high)]));
    const messages: { key: string; value: Buffer }[] = [];
    if (remaining.size === 0) return messages;
    const consumer = kafka.consumer({ groupId: `fault-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            messages.push({ key: message.key?.toString() ?? '', value: message.value ?? Buffer.alloc(0) });
            if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    return messages;
  }
}
