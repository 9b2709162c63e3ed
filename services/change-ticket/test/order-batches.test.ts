import type { AnyEnvelope, EventPayloads } from '@portal/contracts';
import { createKafka, DeadLetterStore, type RunningService } from '@portal/platform';
import { bearer, eventually, everyPage, TestEnv, until } from '@portal/platform/src/testing';
import { changeTicketService } from '../src/service';
import { PAGE_SIZE } from '../src/store/perimeter-pages';
import { ACME, salesOrderRecorded } from './order-snapshots';

// Order snapshots arrive in Kafka batches and are applied together (reads by `_id`, bulk writes); a perimeter's
// elements are kept in pages of PAGE_SIZE. Real broker, real FerretDB, the service in-process.

jest.setTimeout(300_000);

type Line = EventPayloads['SalesOrderRecorded']['lines'][number];
const service = (lineNumber: number, description: string): Line => ({
  lineNumber,
  sku: 'FE-TENANT-M',
  kind: 'service',
  description,
  quantity: 1,
  unitPrice: { amountMinor: 1000, currency: 'EUR' },
  serialNumbers: [],
});
/** A snapshot of `orderNumber` at `revision` with the lines given. */
const snapshot = (
  orderNumber: string,
  contractNumber: string,
  revision: number,
  lines: Line[],
  cancelled = false,
): AnyEnvelope => {
  const event = salesOrderRecorded(
    orderNumber,
    contractNumber,
    ACME,
    revision > 1 ? { revision, cancelled } : undefined,
  );
  return { ...event, payload: { ...(event.payload as object), lines } } as AnyEnvelope;
};

describe('change-ticket: order snapshots applied in batches (real Kafka + FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let vic: string;
  const http = () => env.http(svc);

  /** Every offset of order.events.v1 published so far is committed by change-ticket (effects come first). */
  const caughtUp = async () => {
    const admin = createKafka(`caught-up-${env.topicPrefix}`, env.kafkaBrokers).admin();
    await admin.connect();
    try {
      await until(
        'change-ticket consumed all of order.events.v1',
        async () => {
          const topic = `${env.topicPrefix}order.events.v1`;
          const ends = await admin.fetchTopicOffsets(topic);
          const [committed] = await admin.fetchOffsets({ groupId: `${env.topicPrefix}change-ticket`, topics: [topic] });
          return ends.every(
            (end) =>
              Number(committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? -1) >=
              Number(end.high),
          );
        },
        120_000,
        200,
      );
    } finally {
      await admin.disconnect();
    }
  };

  /** Every element of a perimeter through GET /elements, following `nextCursor`. */
  const everyElement = async (perimeter: string, limit: number) =>
    (await everyPage<{ id: string; name: string }>(http(), '/elements', { token: vic, query: { perimeter }, limit }))
      .items;

  beforeAll(async () => {
    env = await TestEnv.create('change-batches');
    svc = await env.start(changeTicketService);
    vic = await env.tokenFor({
      userId: 'u-vic',
      homeAccountId: ACME,
      grants: [{ accountId: ACME, role: 'visitor', contractNumber: null, section: 'requests' }],
    });
  });
  afterAll(() => env?.close());

  it('Given 600 orders in one contract, a tenth cancelled and some moved to another, Then the perimeter lists every active element exactly once over several pages', async () => {
    const orders = Array.from({ length: 600 }, (_, i) => `SO-B${String(i).padStart(4, '0')}`);
    const lines = (n: string) => [service(10, `${n} tenant`), service(30, `${n} second tenant`)];
    const cancelled = (i: number) => i % 10 === 0;
    const moved = (i: number) => !cancelled(i) && i % 15 === 0;
    await env.publish(orders.map((n) => snapshot(n, 'C-BIG', 1, lines(n))));
    await env.publish(
      orders.flatMap((n, i) =>
        cancelled(i)
          ? [snapshot(n, 'C-BIG', 2, lines(n), true)]
          : moved(i)
            ? [snapshot(n, 'C-MOVED', 2, lines(n))]
            : [],
      ),
    );
    await caughtUp();

    const ids = (keep: (i: number) => boolean) =>
      orders.flatMap((n, i) => (keep(i) ? [`${n}-10`, `${n}-30`] : [])).sort();
    const expected = ids((i) => !cancelled(i) && !moved(i));
    expect(expected.length).toBeGreaterThan(5 * PAGE_SIZE);
    const perimeters = await http().get('/perimeters').set(bearer(vic));
    expect(perimeters.body.items).toEqual([
      { id: 'C-BIG', accountId: ACME, name: 'Contract C-BIG', elementCount: expected.length },
      { id: 'C-MOVED', accountId: ACME, name: 'Contract C-MOVED', elementCount: ids(moved).length },
    ]);
    const head = await svc.kit.db.collection('inventory_perimeters').findOne({ _id: 'C-BIG' as never });
    expect(head!.pages.length).toBeGreaterThan(5);
    expect(Math.max(...head!.pages.map((p: { count: number }) => p.count))).toBeLessThanOrEqual(PAGE_SIZE);

    for (const limit of [100, 37]) expect((await everyElement('C-BIG', limit)).map((e) => e.id)).toEqual(expected);
    expect((await everyElement('C-MOVED', 100)).map((e) => e.id)).toEqual(ids(moved));
  });

  it('Given duplicate and out-of-order snapshots of one order in one batch, and the batch again, Then the newest revision is what the inventory shows', async () => {
    const first = snapshot('SO-N1', 'C-N', 1, [service(10, 'first'), service(30, 'first too')]);
    const second = snapshot('SO-N1', 'C-N', 2, [service(10, 'second'), service(30, 'second too')], true);
    const third = snapshot('SO-N1', 'C-N', 3, [service(10, 'third')]);
    const batch = [second, first, third, first, third, second];
    await env.publish(batch);
    await caughtUp();
    const shown = async () => ({
      list: await everyElement('C-N', 10),
      revision: (await svc.kit.db.collection('order_revisions').findOne({ _id: 'SO-N1' as never }))?.revision,
      perimeters: (await http().get('/perimeters').set(bearer(vic))).body.items.filter(
        (p: { id: string }) => p.id === 'C-N',
      ),
    });
    const expected = {
      list: [expect.objectContaining({ id: 'SO-N1-10', name: 'third', status: 'active' })],
      revision: 3,
      perimeters: [expect.objectContaining({ id: 'C-N', elementCount: 1 })],
    };
    expect(await shown()).toEqual(expected);

    await env.publish(batch); // redelivered or sent again by the ERP: nothing changes
    await caughtUp();
    expect(await shown()).toEqual(expected);
  });

  it('Given a snapshot the inventory refuses in the middle of a batch, Then the others are applied, it goes to the DLQ and the later snapshot of its order is parked', async () => {
    const dlq = env.probe('dlq.change-ticket');
    const poison = snapshot('SO-P1', 'C-P', 1, [service(10, 'one'), service(10, 'the same line again')]);
    await env.publish([
      snapshot('SO-P0', 'C-P', 1, [service(10, 'before')]),
      poison,
      snapshot('SO-P2', 'C-P', 1, [service(10, 'after')]),
      snapshot('SO-P1', 'C-P', 2, [service(10, 'fixed')]),
    ]);
    const dead = await dlq.waitForMessage((m) => m.key === 'SO-P1', 60_000);
    expect(dead.event).toEqual(poison);
    expect(dead.headers['dlq-attempts']).toBe('5');
    const store = new DeadLetterStore(svc.kit.db.collection('dead_letters') as never);
    await eventually(async () =>
      (await store.list('change-ticket')).find((d) => d.key === 'SO-P1' && d.status === 'parked'),
    );
    await caughtUp();
    expect((await everyElement('C-P', 10)).map((e) => e.id)).toEqual(['SO-P0-10', 'SO-P2-10']);
    expect((await http().get('/elements/SO-P1-10').set(bearer(vic))).status).toBe(404);
  });
});
