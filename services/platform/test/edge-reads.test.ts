import type { Collection } from 'mongodb';
import type { RunningService } from '../src';
import { bearer, TestEnv, until } from '../src/testing';
import { ledgerService, type LedgerState } from './ledger-service';

/**
 * The edge's read cache (http/edge-reads.ts) against the real broker and database: a read that follows a write of
 * the same process answers the write, whichever way the process wrote (a batch of Kafka messages, a route's
 * decision, a store's own collection); a write it was not told of shows once the copy expires.
 */
describe('edge reads: cached, and fresh after this process writes', () => {
  let env: TestEnv;
  let ledger: RunningService;
  let token: string;
  const read = async (order: string) =>
    (await env.http(ledger).get(`/ledgers/${order}`).set(bearer(token))).body as { applied?: number };

  beforeAll(async () => {
    env = await TestEnv.create('platform-edge-reads');
    ledger = await env.start(ledgerService);
    token = await env.tokenFor({
      userId: 'u-reader',
      homeAccountId: 'acc-r',
      grants: [{ accountId: 'acc-r', role: 'buyer', contractNumber: null, section: null }],
    });
  });
  afterAll(() => env.close());

  it('given a cached ledger, when a Kafka batch changes it, then the read right after its event is published answers the change', async () => {
    const out = env.probe('platform.selftest.v1');
    await env.publish([env.erp.salesOrderBooked('acc-r', { orderNumber: 'SO-R1' })]);
    await until('the ledger is readable', async () => (await read('SO-R1')).applied === 1);
    for (let i = 0; i < 20; i++) expect(await read('SO-R1')).toEqual({ applied: 1 }); // served from the cache

    await env.publish([env.erp.salesOrderShipped('acc-r', 'SO-R1')]);
    // The relay publishes only what the write stored: once the event is out, the write is acknowledged.
    await out.waitFor((e) => e.aggregateId === 'SO-R1' && (e.payload as { applied: number }).applied === 2);
    expect(await read('SO-R1')).toEqual({ applied: 2 });
  });

  it('given a cached ledger, when this process decides a change, then the next read answers it at once', async () => {
    await env.publish([env.erp.salesOrderBooked('acc-r', { orderNumber: 'SO-R2' })]);
    await until('the ledger is readable', async () => (await read('SO-R2')).applied === 1);
    const ledgers = ledger.kit.aggregates<LedgerState>('ledgers');
    for (let n = 2; n <= 6; n++) {
      await ledgers.decide('SO-R2', (current) => ({ state: { ...current!, applied: n }, events: [] }));
      expect(await read('SO-R2')).toEqual({ applied: n });
    }
  });

  it('given concurrent reads while this process writes, then every read that starts after the write answers it', async () => {
    await env.publish([env.erp.salesOrderBooked('acc-r', { orderNumber: 'SO-R3' })]);
    await until('the ledger is readable', async () => (await read('SO-R3')).applied === 1);
    const ledgers = ledger.kit.aggregates<LedgerState>('ledgers');
    for (let n = 2; n <= 6; n++) {
      const during = Array.from({ length: 5 }, () => read('SO-R3'));
      await ledgers.decide('SO-R3', (current) => ({ state: { ...current!, applied: n }, events: [] }));
      const after = await Promise.all(Array.from({ length: 5 }, () => read('SO-R3')));
      for (const answer of await Promise.all(during)) expect([n - 1, n]).toContain(answer.applied);
      expect(after.map((a) => a.applied)).toEqual([n, n, n, n, n]);
    }
  });

  it("given a store's own collection, when it tells the cache of its write, then the next read answers the write", async () => {
    const { edgeReads } = ledger.kit;
    const notes = ledger.kit.db.collection('notes') as unknown as Collection<{ _id: string; text: string }>;
    const reads = ledger.kit.readDb.collection('notes') as unknown as Collection<{ _id: string; text: string }>;
    await notes.insertOne({ _id: 'n-1', text: 'first' });
    expect(await edgeReads.byId(reads, 'n-1')).toEqual({ _id: 'n-1', text: 'first' });
    await notes.updateOne({ _id: 'n-1' }, { $set: { text: 'second' } });
    edgeReads.changed(notes, 'n-1');
    expect(await edgeReads.byId(reads, 'n-1')).toEqual({ _id: 'n-1', text: 'second' });

    // What the caller does to its answer never reaches the cache.
    (await edgeReads.byId(reads, 'n-1'))!.text = 'changed by a caller';
    expect(await edgeReads.byId(reads, 'n-1')).toEqual({ _id: 'n-1', text: 'second' });
  });

  it('given a write the process was not told of (another replica), then reads answer it once the copy expires', async () => {
    await env.publish([env.erp.salesOrderBooked('acc-r', { orderNumber: 'SO-R4' })]);
    await until('the ledger is readable', async () => (await read('SO-R4')).applied === 1);
    await ledger.kit.db
      .collection('ledgers')
      .updateOne({ _id: 'SO-R4' as never }, { $set: { applied: 40 }, $inc: { version: 1 } });
    await until('the other replica’s write is read', async () => (await read('SO-R4')).applied === 40, 10_000);
  });
  it('given a derived read, then the derivation runs once per cached copy, again after a write, and every answer is a copy', async () => {
    await env.publish([env.erp.salesOrderBooked('acc-r', { orderNumber: 'SO-R9' })]);
    await until('the ledger is readable', async () => (await read('SO-R9')).applied === 1);
    const ledgers = ledger.kit.aggregates<LedgerState>('ledgers');
    const collection = ledger.kit.readCollection<{ _id: string; applied: number }>('ledgers');
    let derivations = 0;
    const derive = (doc: { applied: number }) => {
      derivations++;
      return { applied: doc.applied, seen: [doc.applied] };
    };
    const first = await ledger.kit.edgeReads.aggregate(collection, 'SO-R9', derive);
    first!.seen.push(99); // a caller changing its answer changes no later answer
    for (let i = 0; i < 5; i++)
      expect(await ledger.kit.edgeReads.aggregate(collection, 'SO-R9', derive)).toEqual({ applied: 1, seen: [1] });
    expect(derivations).toBe(1);

    await ledgers.decide('SO-R9', (current) => ({ state: { ...current!, applied: 2 }, events: [] }));
    expect(await ledger.kit.edgeReads.aggregate(collection, 'SO-R9', derive)).toEqual({ applied: 2, seen: [2] });
    expect(derivations).toBe(2);
  });
});
