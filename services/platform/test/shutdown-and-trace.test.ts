import mongoose from 'mongoose';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { installTestTracing, TestEnv, until } from '../src/testing';
import { startLedgerProcess } from './ledger-process';
import { ledgerService } from './ledger-service';

describe('graceful shutdown and tracing', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.create('platform-shutdown');
  });
  afterAll(() => env.close());

  it('given SIGTERM in the middle of a batch, when the service restarts, then nothing is lost and nothing is applied twice', async () => {
    const orders = Array.from({ length: 1500 }, (_, i) => `SO-S${i}`);
    const out = env.probe('platform.selftest.v1');
    const database = `${env.topicPrefix.replace(/\.$/, '')}-ledger-process`;
    const connection = await mongoose.createConnection(env.mongoUrl, { dbName: database }).asPromise();
    const ledgers = connection.collection('ledgers');
    try {
      await env.publish(
        orders.flatMap((o) => [
          env.erp.salesOrderBooked('acc-a', { orderNumber: o }),
          env.erp.salesOrderShipped('acc-a', o),
        ]),
      );
      const first = startLedgerProcess(env, database, 5);
      await until('first ledgers stored', async () => (await ledgers.countDocuments({})) >= 20, 60_000, 50);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      const appliedAtStop = (await ledgers.find({}).toArray()).reduce((n, d) => n + d.applied, 0);
      expect(appliedAtStop).toBeLessThan(3000); // it really stopped mid-way

      const second = startLedgerProcess(env, database, 0);
      await until(
        'every order applied twice',
        async () => (await ledgers.countDocuments({ applied: 2 })) >= orders.length,
        120_000,
        200,
      );
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0); // a graceful stop flushes the relay: what it published is on the topic
      await out.caughtUp(60_000);

      const docs = await ledgers.find({}).toArray();
      expect(docs).toHaveLength(orders.length);
      expect(docs.every((d) => d.applied === 2 && d.outbox.length === 0)).toBe(true);
      const sourceIds = out.events.map((e) => (e.payload as { sourceEventId: string }).sourceEventId);
      expect(sourceIds).toHaveLength(3000);
      expect(new Set(sourceIds).size).toBe(3000);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  }, 300_000); // two real processes over 3,000 events

  it('given an ERP publish, then one trace runs through consume, the database write and the outbox publish', async () => {
    const spans = installTestTracing();
    await env.start(ledgerService);
    const out = env.probe('platform.selftest.v1');
    spans.reset();
    await env.publish([env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-T1' })]);
    const message = await out.waitForMessage((m) => m.event?.aggregateId === 'SO-T1');
    const traceId = message.headers.traceparent!.split('-')[1];
    const names = ['erp publish', 'erp.sales-orders.v1 process', 'ledgers mutate', 'platform.selftest.v1 publish'];
    // A span is exported when it ends, which can be just after the message it produced was read.
    const [publish, consume, write, relay] = await until('the four spans of the trace ended', async () => {
      const inTrace = spans.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
      const found = names.map((name) => inTrace.find((s) => s.name === name));
      return found.every(Boolean) && (found as [ReadableSpan, ReadableSpan, ReadableSpan, ReadableSpan]);
    });
    const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;
    expect(parentOf(consume)).toBe(publish.spanContext().spanId);
    expect(parentOf(write)).toBe(consume.spanContext().spanId);
    expect(parentOf(relay)).toBe(write.spanContext().spanId);
    expect(message.headers.traceparent).toContain(relay.spanContext().spanId);
  });
});
