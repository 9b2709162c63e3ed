import type { RunningService } from '../src';
import { bearer, TestEnv, until } from '../src/testing';
import { ledgerService } from './ledger-service';

describe('platform: consume -> aggregate + outbox -> publish, and the edge', () => {
  let env: TestEnv;
  let ledger: RunningService;
  beforeAll(async () => {
    env = await TestEnv.create('platform-edge');
    ledger = await env.start(ledgerService);
  });
  afterAll(() => env.close());

  it('given an ERP event, stores it once and publishes one event; a duplicate changes nothing', async () => {
    const out = env.probe('platform.selftest.v1');
    const booked = env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-1' });
    // The shipment after the duplicate is the marker: per-key order means the duplicate was handled before it.
    await env.publish([booked, booked, env.erp.salesOrderShipped('acc-a', 'SO-1')]);
    await out.waitFor((e) => e.aggregateId === 'SO-1' && sourceType(e) === 'SalesOrderShipped');

    expect(out.events.filter((e) => e.aggregateId === 'SO-1').map(sourceType)).toEqual([
      'SalesOrderBooked',
      'SalesOrderShipped',
    ]);
    const stored = await until('SO-1 cleared', async () => {
      const ledgerDocument = await ledger.kit.db.collection('ledgers').findOne({ _id: 'SO-1' as never });
      return ledgerDocument?.outbox.length === 0 && ledgerDocument;
    });
    expect(stored).toMatchObject({ applied: 2, outbox: [], outboxPendingSince: null });
    const message = out.messages.find((m) => m.event?.aggregateId === 'SO-1')!;
    expect(message.key).toBe('SO-1');
    expect(message.headers).toMatchObject({ 'event-type': 'LedgerEntryRecorded', 'content-type': 'avro/binary' });
    expect(message.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
  });

  it('answers 401 without a token and with a bad one, 404 for another account, 400 problem for a malformed id', async () => {
    await env.publish([env.erp.salesOrderBooked('acc-a', { orderNumber: 'SO-2' })]);
    const alice = await env.tokenFor({
      userId: 'u-alice',
      homeAccountId: 'acc-a',
      grants: [{ accountId: 'acc-a', role: 'buyer', contractNumber: null, section: null }],
    });
    const bob = await env.tokenFor({
      userId: 'u-bob',
      homeAccountId: 'acc-b',
      grants: [{ accountId: 'acc-b', role: 'buyer', contractNumber: null, section: null }],
    });
    const http = env.http(ledger);
    await until('SO-2 readable', async () => (await http.get('/ledgers/SO-2').set(bearer(alice))).status === 200);

    expect((await http.get('/ledgers/SO-2').set(bearer(alice))).body).toEqual({ applied: 1 });
    const none = await http.get('/ledgers/SO-2');
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(none.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await http.get('/ledgers/SO-2').set(bearer(`${alice}x`))).status).toBe(401);
    expect((await http.get('/ledgers/SO-2').set(bearer(bob))).body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const malformed = await http.get('/ledgers/so%7B2%7D').set(bearer(alice));
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'orderNumber' })],
    });
  });

  it('refuses unknown fields, replays an Idempotency-Key repeat, refuses the key with another body', async () => {
    const token = await env.tokenFor({ userId: 'u-carol', homeAccountId: 'acc-a' });
    const http = env.http(ledger);

    const unknown = await http.post('/ledgers/SO-3/notes').set(bearer(token)).send({ text: 'hi', extra: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ code: 'UNKNOWN_FIELD' });

    const first = await http
      .post('/ledgers/SO-3/notes')
      .set(bearer(token))
      .set('idempotency-key', 'k-1')
      .send({ text: 'hi' });
    const again = await http
      .post('/ledgers/SO-3/notes')
      .set(bearer(token))
      .set('idempotency-key', 'k-1')
      .send({ text: 'hi' });
    const other = await http
      .post('/ledgers/SO-3/notes')
      .set(bearer(token))
      .set('idempotency-key', 'k-1')
      .send({ text: 'ho' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(other.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('keeps idle client connections for 65 s, beyond the 60 s a proxy in front commonly keeps them', async () => {
    const answer = await fetch(`${ledger.url}/healthz`); // a keep-alive client, as a proxy is
    await answer.arrayBuffer();
    expect(answer.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('serves health, readiness, metrics and an OpenAPI 3.1 document of its routes', async () => {
    const http = env.http(ledger);
    expect((await http.get('/healthz')).status).toBe(200);
    const ready = await until('ready', async () => {
      const answer = await http.get('/readyz');
      return answer.status === 200 && answer;
    });
    expect(ready.body).toMatchObject({
      status: 'ready',
      checks: { mongodb: true, kafka: true, consumerJoined: true },
    });
    expect((await http.get('/metrics')).text).toMatch(/outbox_backlog/);
    const doc = (await http.get('/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/ledgers/{orderNumber}', '/ledgers/{orderNumber}/notes']),
    );
  });
});

const sourceType = (event: { payload: unknown }) => (event.payload as { sourceEventType: string }).sourceEventType;
