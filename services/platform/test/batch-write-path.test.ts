import fc from 'fast-check';
import mongoose from 'mongoose';
import type { AnyEnvelope } from '@portal/contracts';
import { AggregateRepository, createKafka, DeadLetterStore, eventHeaders, RunningService, systemClock } from '../src';
import { eventually, TestEnv } from '../src/testing';
import { failures, ledgerService, recordEntry } from './ledger-service';

describe('the batch-native write path, against the real broker and database', () => {
  let env: TestEnv;
  let ledger: RunningService;
  const ledgers = () => ledger.kit.db.collection('ledgers');
  const ledgerOf = (order: string) => ledgers().findOne({ _id: order as never });
  /** Waits until the orders are applied as expected and their outbox entries are published and cleared. */
  const settled = (expected: Record<string, number>) =>
    eventually(async () => {
      const docs = await Promise.all(Object.keys(expected).map(ledgerOf));
      return docs.every((d, i) => d?.applied === Object.values(expected)[i] && d?.outbox.length === 0);
    });

  beforeAll(async () => {
    env = await TestEnv.create('platform-batch');
    ledger = await env.start(ledgerService);
  });
  afterAll(() => env.close());

  it('given a batch with duplicates inside it, published again, then each effect is applied and published once', async () => {
    const out = env.probe('platform.selftest.v1');
    const bookedA = env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-D1' });
    const shippedA = env.erp.salesOrderShipped('acc-a', 'SO-D1');
    const bookedB = env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-D2' });
    const batch = [bookedA, bookedA, bookedB, shippedA, bookedB, bookedA];
    await env.publish(batch);
    await env.publish(batch); // the ERP (or a redelivery) sends it all again
    await settled({ 'SO-D1': 2, 'SO-D2': 1 });
    expect((await ledgerOf('SO-D1'))!.eventTypes).toEqual(['SalesOrderBooked', 'SalesOrderShipped']);
    await out.waitFor(() => out.events.filter((e) => e.aggregateId.startsWith('SO-D')).length >= 3);
    const sources = out.events
      .filter((e) => e.aggregateId.startsWith('SO-D'))
      .map((e) => (e.payload as { sourceEventId: string }).sourceEventId);
    expect(sources.sort()).toEqual([bookedA.eventId, shippedA.eventId, bookedB.eventId].sort());
  });

  it('given a poison message in the middle of a batch, then the others are applied, it goes to the DLQ and the later messages of its key are parked', async () => {
    const dlq = env.probe('dlq.ledger');
    failures.alwaysFailOrders.add('SO-X1');
    const poison = env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-X1' });
    await env.publish([
      env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-X2' }),
      poison,
      env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-X3' }),
      env.erp.salesOrderShipped('acc-a', 'SO-X1'),
      env.erp.salesOrderShipped('acc-a', 'SO-X2'),
    ]);
    await settled({ 'SO-X2': 2, 'SO-X3': 1 });
    const dead = await dlq.waitForMessage((m) => m.key === 'SO-X1');
    expect(dead.event).toEqual(poison);
    expect(dead.headers['dlq-attempts']).toBe('5');
    const store = new DeadLetterStore(ledger.kit.db.collection('dead_letters') as never);
    const parked = await eventually(async () =>
      (await store.list('ledger')).find((d) => d.key === 'SO-X1' && d.status === 'parked'),
    );
    expect(parked.headers['event-type']).toBe('SalesOrderShipped');
    expect(await ledgerOf('SO-X1')).toBeNull();
    failures.alwaysFailOrders.delete('SO-X1');
  });

  it('given interleaved keys in one batch, then every aggregate sees its own events in publish order (property)', async () => {
    let run = 0;
    const types = fc.constantFrom('SalesOrderBooked' as const, 'SalesOrderShipped' as const);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), types), { minLength: 1, maxLength: 40 }),
        async (script) => {
          run++;
          const order = (k: number) => `SO-O${run}-${k}`;
          const events: AnyEnvelope[] = script.map(([k, type]) =>
            type === 'SalesOrderBooked'
              ? env.erp.salesOrderBooked('acc-a', { orderNumber: order(k) })
              : env.erp.salesOrderShipped('acc-a', order(k)),
          );
          await env.publish(events);
          const expected = new Map<string, string[]>();
          for (const [k, type] of script) expected.set(order(k), [...(expected.get(order(k)) ?? []), type]);
          await settled(Object.fromEntries([...expected].map(([o, list]) => [o, list.length])));
          for (const [o, list] of expected) expect((await ledgerOf(o))!.eventTypes).toEqual(list);
        },
      ),
      { numRuns: 5 },
    );
  });

  it('given a relay that published a batch and died before clearing it, when the service starts, then no event is lost and none is published twice', async () => {
    const crashed = await TestEnv.create('platform-relay-crash');
    try {
      const database = `${crashed.topicPrefix.replace(/\.$/, '')}-ledger`;
      const out = crashed.probe('platform.selftest.v1');
      // The state that crash leaves: five aggregates with their entries still in the outbox...
      const connection = await mongoose.createConnection(crashed.mongoUrl, { dbName: database }).asPromise();
      const repository = new AggregateRepository(connection.collection('ledgers') as never, crashed.codec, systemClock);
      const stored: Array<{ eventId: string; topic: string; key: string; value: { buffer: Uint8Array } }> = [];
      for (let i = 0; i < 5; i++) {
        const booked = crashed.erp.salesOrderBooked('acc-a', { orderNumber: `SO-RC${i}` });
        await repository.decide(`SO-RC${i}`, (current) => recordEntry(current as never, booked), {
          appliedEventId: booked.eventId,
        });
        stored.push(...(await connection.collection('ledgers').findOne({ _id: `SO-RC${i}` as never }))!.outbox);
      }
      await connection.close();
      // ...of which the first three made it onto the topic (with the relay's event-id header) before it died.
      for (const entry of stored.slice(0, 3))
        await crashed.publishRaw(
          entry.topic,
          entry.key,
          Buffer.from(entry.value.buffer),
          eventHeaders('LedgerEntryRecorded', {}, entry.eventId),
        );
      await out.waitFor(() => out.events.length >= 3);

      const restarted = await crashed.start(ledgerService, { database });
      const collection = restarted.kit.db.collection('ledgers');
      await eventually(async () => (await collection.countDocuments({ outbox: { $size: 0 } })) === 5);
      const admin = createKafka('relay-crash-test', crashed.kafkaBrokers).admin();
      await admin.connect();
      const offsets = await admin.fetchTopicOffsets(`${crashed.topicPrefix}platform.selftest.v1`);
      await admin.disconnect();
      expect(offsets.reduce((n, p) => n + Number(p.high), 0)).toBe(5); // nothing published twice
      await out.waitFor(() => out.events.length >= 5);
      expect(out.events.map((e) => e.eventId).sort()).toEqual(stored.map((e) => e.eventId).sort()); // none lost
    } finally {
      await crashed.close();
    }
  });
});
