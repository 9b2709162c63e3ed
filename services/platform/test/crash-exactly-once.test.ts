import mongoose from 'mongoose';
import { createKafka } from '../src';
import { eventually, TestEnv } from '../src/testing';
import { startLedgerProcess } from './ledger-process';

describe('SIGKILL in the middle of ingestion, repeatedly', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.create('platform-crash-kill');
  });
  afterAll(() => env.close());

  it('given a service killed mid-batch three times, when it restarts, then every effect is applied once and every event is on the topic once', async () => {
    const orders = Array.from({ length: 1500 }, (_, i) => `SO-K${i}`);
    const database = `${env.topicPrefix.replace(/\.$/, '')}-ledger-kill`;
    const connection = await mongoose.createConnection(env.mongoUrl, { dbName: database }).asPromise();
    const ledgers = connection.collection('ledgers');
    const out = env.probe('platform.selftest.v1');
    try {
      await env.publish(
        orders.flatMap((o) => [
          env.erp.salesOrderBooked('acc-a', { orderNumber: o }),
          env.erp.salesOrderShipped('acc-a', o),
        ]),
      );
      // Killed while batches are being written, published and cleared: after some progress each time.
      let progress = 0;
      for (let run = 0; run < 3; run++) {
        const victim = startLedgerProcess(env, database, 2);
        const before = progress;
        await eventually(async () => {
          progress = await ledgers.countDocuments({});
          return progress > before || progress === orders.length;
        }, 120_000);
        victim.child.kill('SIGKILL');
        await victim.exited;
      }

      const survivor = startLedgerProcess(env, database, 0);
      try {
        await eventually(
          async () => (await ledgers.countDocuments({ applied: 2, outbox: { $size: 0 } })) === orders.length,
          120_000,
        );
      } finally {
        survivor.child.kill('SIGTERM');
        await survivor.exited;
      }

      const docs = await ledgers.find({}).toArray();
      expect(docs).toHaveLength(orders.length);
      expect(docs.every((d) => d.applied === 2 && d.eventTypes.join() === 'SalesOrderBooked,SalesOrderShipped')).toBe(
        true,
      );
      // Exactly 3000 messages on the topic, every eventId once, every source event recorded once.
      const admin = createKafka('crash-test', env.kafkaBrokers).admin();
      await admin.connect();
      const offsets = await admin.fetchTopicOffsets(`${env.topicPrefix}platform.selftest.v1`);
      await admin.disconnect();
      const onTopic = offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
      await out.waitFor(() => out.messages.length >= onTopic, 60_000).catch(() => undefined);
      const eventIds = out.events.map((e) => e.eventId);
      const sources = out.events.map((e) => (e.payload as { sourceEventId: string }).sourceEventId);
      expect({ onTopic, eventIds: eventIds.length, unique: new Set(eventIds).size }).toEqual({
        onTopic: 3000,
        eventIds: 3000,
        unique: 3000,
      });
      expect(new Set(sources).size).toBe(3000);
      expect(out.messages.every((m) => m.headers['event-id'] === m.event?.eventId)).toBe(true);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  }, 300_000); // a real process killed and restarted four times over 3,000 events
});
