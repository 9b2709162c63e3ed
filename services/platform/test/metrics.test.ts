import mongoose from 'mongoose';
import request from 'supertest';
import type { RunningService } from '../src';
import { createKafka, createLogger } from '../src';
import { BacklogMonitor } from '../src/runtime/backlog-monitor';
import { ConsumerLagMonitor } from '../src/runtime/lag-monitor';
import { createMetrics } from '../src/runtime/metrics';
import { TestEnv, until as waitUntil } from '../src/testing';
import { ledgerService } from './ledger-service';

const topic = 'erp.sales-orders.v1';
const logger = createLogger('metrics-test', 'silent');

/** The value of one series in a Prometheus exposition, matched on the labels given. */
function sample(exposition: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

const sumOf = (exposition: string, name: string, labels: Record<string, string>) =>
  exposition
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
    .reduce((total, l) => total + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);

const until = <T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 45_000) =>
  waitUntil(what, check, timeoutMs, 200);

describe('metrics that tell the truth (real Kafka and database)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.create('platform-metrics');
  });
  afterAll(() => env.close());

  const lagMonitor = (group: string, metrics = createMetrics('test')) =>
    new ConsumerLagMonitor({
      kafka: createKafka('lag-test', env.kafkaBrokers),
      group,
      topics: [topic],
      topicPrefix: env.topicPrefix,
      metrics,
      logger,
    });

  it('Given a group that committed only part of a topic, Then kafka_consumer_lag is the high watermark minus the committed offset, per partition', async () => {
    const orders = Array.from({ length: 30 }, (_, i) => `SO-LAG${i}`);
    await env.publish(orders.map((o) => env.erp.salesOrderBooked('acc-lag', { orderNumber: o })));
    const admin = createKafka('lag-test-admin', env.kafkaBrokers).admin();
    await admin.connect();
    try {
      const group = 'lag-probe';
      const high = await admin.fetchTopicOffsets(env.topicPrefix + topic);
      const p0 = high.find((p) => p.partition === 0)!;
      const p1 = high.find((p) => p.partition === 1)!;
      expect(Number(p0.high) + Number(p1.high)).toBe(30);
      // The group read 2 messages of partition 0 and nothing of partition 1.
      await admin.setOffsets({
        groupId: env.topicPrefix + group,
        topic: env.topicPrefix + topic,
        partitions: [{ partition: 0, offset: String(Number(p0.low) + 2) }],
      });

      const metrics = createMetrics('test');
      const monitor = lagMonitor(group, metrics);
      const lags = await monitor.measure();
      await monitor.stop();
      expect(lags.find((l) => l.partition === 0)).toMatchObject({ lag: Number(p0.high) - 2, committed: '2' });
      expect(lags.find((l) => l.partition === 1)).toMatchObject({ lag: Number(p1.high), committed: null });
      const exposition = await metrics.registry.metrics();
      expect(sample(exposition, 'kafka_consumer_lag', { group, topic, partition: '0' })).toBe(Number(p0.high) - 2);
      expect(sumOf(exposition, 'kafka_consumer_lag', { group, topic })).toBe(28);
    } finally {
      await admin.disconnect();
    }
  });

  it('Given a service that stopped while the ERP kept publishing, Then its group lag counts every unread message, and its own /metrics shows it fall to zero once it runs again', async () => {
    const first = Array.from({ length: 6 }, (_, i) => `SO-EARLY${i}`);
    await env.publish(first.map((o) => env.erp.salesOrderBooked('acc-lag', { orderNumber: o })));
    let ledger: RunningService = await env.start(ledgerService);
    const monitor = lagMonitor('ledger');
    // Caught up (committed offsets at the end of both partitions).
    await until('the ledger group caught up', async () => {
      const lags = await monitor.measure();
      return lags.every((l) => l.lag === 0 && l.committed !== null) ? true : undefined;
    });
    await env.stop(ledger);

    const later = Array.from({ length: 25 }, (_, i) => `SO-LATE${i}`);
    await env.publish(later.map((o) => env.erp.salesOrderBooked('acc-lag', { orderNumber: o })));
    const behind = await monitor.measure();
    expect(behind.reduce((n, l) => n + l.lag, 0)).toBe(25);

    ledger = await env.start(ledgerService);
    const exposition = await until('the running ledger reports zero lag on /metrics', async () => {
      const text = (await request(ledger.url).get('/metrics')).text;
      const series = text
        .split('\n')
        .filter((l) => l.startsWith('kafka_consumer_lag{') && l.includes(`topic="${topic}"`));
      return series.length === 2 && sumOf(text, 'kafka_consumer_lag', { group: 'ledger', topic }) === 0
        ? text
        : undefined;
    });
    expect(sample(exposition, 'kafka_consumer_lag', { group: 'ledger', topic, partition: '1' })).toBe(0);
    const handled = sample(exposition, 'event_handler_duration_seconds_count', {
      topic,
      event_type: 'SalesOrderBooked',
      outcome: 'ok',
    });
    expect(handled).toBeGreaterThanOrEqual(25);
    // Its database commands are counted by pool and name: the new ledgers went in as inserts on the write pool.
    expect(
      sumOf(exposition, 'db_command_duration_seconds_count', { pool: 'write', command: 'insert' }),
    ).toBeGreaterThan(0);
    await monitor.stop();
  });

  it('Given documents waiting in an outbox and messages in the dead-letter store, Then outbox_backlog and dead_letter_store_messages count them in the database', async () => {
    const database = `${env.topicPrefix.replace(/\.$/, '')}-backlog`;
    const connection = await mongoose.createConnection(env.mongoUrl, { dbName: database }).asPromise();
    try {
      const orders = connection.collection('orders');
      const pending = { outbox: [{ eventId: 'e1' }], outboxPendingSince: new Date() };
      const published = { outbox: [], outboxPendingSince: null };
      await orders.insertMany([
        { _id: 'SO-1', ...pending },
        { _id: 'SO-2', ...pending },
        { _id: 'SO-3', ...published },
      ] as never[]);
      const deadLetters = connection.collection('dead_letters');
      await deadLetters.insertMany([
        { _id: 'a/0/1', group: 'orders-svc', status: 'dead' },
        { _id: 'a/0/2', group: 'orders-svc', status: 'parked' },
        { _id: 'a/0/3', group: 'orders-svc', status: 'parked' },
        { _id: 'a/0/4', group: 'orders-svc', status: 'replayed' },
        { _id: 'a/0/5', group: 'another-group', status: 'dead' },
      ] as never[]);

      const metrics = createMetrics('test');
      const monitor = new BacklogMonitor({
        aggregates: () => new Map([['orders', orders as never]]),
        deadLetters: deadLetters as never,
        group: 'orders-svc',
        metrics,
        logger,
      });
      expect(await monitor.measure()).toEqual({
        outbox: { orders: 2 },
        deadLetters: { dead: 1, parked: 2, replayed: 1 },
      });
      const exposition = await metrics.registry.metrics();
      expect(sample(exposition, 'outbox_backlog', { collection: 'orders' })).toBe(2);
      expect(sample(exposition, 'dead_letter_store_messages', { group: 'orders-svc', status: 'parked' })).toBe(2);

      // Once published and replayed, the gauges go back to zero (not to "no series").
      await orders.updateMany({}, { $set: published });
      await deadLetters.deleteMany({ status: { $in: ['dead', 'parked'] } });
      expect(await monitor.measure()).toEqual({
        outbox: { orders: 0 },
        deadLetters: { dead: 0, parked: 0, replayed: 1 },
      });
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });
});
