import { AggregateRepository, DeadLetterStore, RunningService, systemClock } from '../src';
import { eventually, TestEnv } from '../src/testing';
import { failures, ledgerService } from './ledger-service';

const ledgerOf = (svc: RunningService, order: string) =>
  svc.kit.db.collection('ledgers').findOne({ _id: order as never });

describe('platform reliability against the real broker and database', () => {
  let env: TestEnv;
  let ledger: RunningService;
  beforeAll(async () => {
    env = await TestEnv.create('platform-reliability');
    ledger = await env.start(ledgerService);
  });
  afterAll(() => env.close());

  it('given a handler that throws twice, when the event arrives, then it is retried and applied once', async () => {
    failures.failTimes.set('SO-R1', 2);
    await env.publish([env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-R1' })]);
    const stored = await eventually(() => ledgerOf(ledger, 'SO-R1'));
    expect(stored.applied).toBe(1);
    expect(failures.calls.get('SO-R1')).toBe(3);
    expect(await ledger.kit.db.collection('dead_letters').countDocuments({ key: 'SO-R1' })).toBe(0);
  });

  it('given a handler that always throws, then the message goes to the DLQ with its headers, later messages of other keys flow, the same key is parked until replayed', async () => {
    const dlq = env.probe('dlq.ledger');
    failures.alwaysFailOrders.add('SO-P1');
    const booked = env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-P1' });
    await env.publish([booked]);
    await env.publish([
      env.erp.salesOrderShipped('acc-a', 'SO-P1'),
      env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-P2' }),
    ]);

    const dead = await dlq.waitForMessage((m) => m.key === 'SO-P1');
    expect(dead.headers).toMatchObject({
      'dlq-original-topic': 'erp.sales-orders.v1',
      'dlq-attempts': '5',
      'dlq-consumer-group': 'ledger',
      'event-type': 'SalesOrderBooked',
    });
    expect(dead.headers['dlq-error']).toMatch(/always fails/);
    expect(Number(dead.headers['dlq-original-offset'])).toBeGreaterThanOrEqual(0);
    expect(await env.codec.decode(dead.value)).toEqual(booked);
    expect((await eventually(() => ledgerOf(ledger, 'SO-P2'))).applied).toBe(1);

    const store = new DeadLetterStore(ledger.kit.db.collection('dead_letters') as never);
    const parked = await eventually(async () =>
      (await store.list('ledger')).find((d) => d.key === 'SO-P1' && d.status === 'parked'),
    );
    expect(await ledgerOf(ledger, 'SO-P1')).toBeNull();

    failures.alwaysFailOrders.delete('SO-P1');
    const deadLetter = (await store.list('ledger')).find((d) => d.key === 'SO-P1' && d.status === 'dead')!;
    await store.request(deadLetter._id, 'replay', new Date());
    const replayed = await eventually(async () => {
      const doc = await ledgerOf(ledger, 'SO-P1');
      return doc?.applied === 2 ? doc : null;
    }).catch(async (e) => {
      console.log(
        JSON.stringify(
          (await store.list('ledger', true)).map((d) => ({ id: d._id, key: d.key, status: d.status, error: d.error })),
        ),
        JSON.stringify(await ledgerOf(ledger, 'SO-P1')),
      );
      throw e;
    });
    expect(replayed.eventTypes).toEqual(['SalesOrderBooked', 'SalesOrderShipped']);
    expect(
      (await store.list('ledger', true))
        .filter((d) => d.key === 'SO-P1')
        .map((d) => d.status)
        .sort(),
    ).toEqual(['replayed', 'replayed']);
    expect(parked._id).not.toBe(deadLetter._id);
  });

  it('given bytes that are not an event, then they go to the DLQ at once and the partition goes on', async () => {
    const dlq = env.probe('dlq.ledger');
    await env.publishRaw('erp.sales-orders.v1', 'SO-U1', Buffer.from('definitely not avro'));
    await env.publish([env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-U2' })]);
    const dead = await dlq.waitForMessage((m) => m.key === 'SO-U1');
    expect(dead.headers['dlq-attempts']).toBe('0');
    expect(dead.headers['dlq-error']).toMatch(/single-object|Confluent/);
    expect((await eventually(() => ledgerOf(ledger, 'SO-U2'))).applied).toBe(1);
  });

  it('given 40 concurrent commands on one aggregate while the relay clears its outbox, then no write and no event is lost', async () => {
    const out = env.probe('platform.selftest.v1');
    const counters = ledger.kit.aggregates<{ accountId: string; applied: number; eventTypes: string[] }>('ledgers');
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        counters.mutate('SO-RACE', (current) => {
          const applied = (current?.state.applied ?? 0) + 1;
          return {
            state: { accountId: 'acc-a', applied, eventTypes: [] },
            events: [
              ledger.kit.events.create('LedgerEntryRecorded', {
                aggregateId: 'SO-RACE',
                accountId: 'acc-a',
                payload: { orderNumber: 'SO-RACE', sourceEventId: `cmd-${i}`, sourceEventType: 'command', applied },
              }),
            ],
          };
        }),
      ),
    );
    expect((await ledgerOf(ledger, 'SO-RACE'))!.applied).toBe(40);
    await out.waitFor(() => out.events.filter((e) => e.aggregateId === 'SO-RACE').length >= 40);
    await eventually(async () => (await ledgerOf(ledger, 'SO-RACE'))?.outbox.length === 0); // nothing left to (re)send
    await out.caughtUp();
    const applied = out.events
      .filter((e) => e.aggregateId === 'SO-RACE')
      .map((e) => (e.payload as { applied: number }).applied);
    expect(applied).toEqual(Array.from({ length: 40 }, (_, i) => i + 1)); // every event once, in order
    expect(await ledgerOf(ledger, 'SO-RACE')).toMatchObject({
      applied: 40,
      outbox: [],
      outboxPendingSince: null,
      version: 40,
    });
  });

  it('given a process that died after storing a change and before publishing it, when a service starts, then the event is published exactly once', async () => {
    const crashed = await TestEnv.create('platform-crash');
    try {
      const database = `${crashed.topicPrefix.replace(/\.$/, '')}-ledger`;
      const out = crashed.probe('platform.selftest.v1');
      // The state a crash leaves: the document with its pending event, no relay ever ran.
      const mongoose = await import('mongoose');
      const connection = await mongoose.createConnection(crashed.mongoUrl, { dbName: database }).asPromise();
      const repository = new AggregateRepository(connection.collection('ledgers') as never, crashed.codec, systemClock);
      const event = {
        eventId: '3c0b7a52-8f7e-4d58-9a57-2b8e5c2d7d11',
        eventType: 'LedgerEntryRecorded' as const,
        occurredAt: new Date(),
        aggregateId: 'SO-C1',
        accountId: 'acc-a',
        correlationId: 'c',
        causationId: null,
        actor: null,
        payload: { orderNumber: 'SO-C1', sourceEventId: 'x', sourceEventType: 'SalesOrderBooked', applied: 1 },
      };
      await repository.create('SO-C1', { accountId: 'acc-a', applied: 1, eventTypes: ['SalesOrderBooked'] }, [event]);
      await connection.close();

      const restarted = await crashed.start(ledgerService, { database });
      await out.waitFor((e) => e.eventId === event.eventId);
      await eventually(async () => (await ledgerOf(restarted, 'SO-C1'))?.outbox.length === 0);
      await out.caughtUp();
      expect(out.events.filter((e) => e.eventId === event.eventId)).toHaveLength(1);
      expect(await ledgerOf(restarted, 'SO-C1')).toMatchObject({ outbox: [], outboxPendingSince: null });
    } finally {
      await crashed.close();
    }
  });
});
