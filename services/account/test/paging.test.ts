import type { RunningService } from '@portal/platform';
import { bearer, everyPage, TestEnv, until } from '@portal/platform/src/testing';
import type { ServiceContractRenewal } from '../src/domain/request-service-contract-renewal';
import type { AccountDocument, ServiceRequest } from '../src/domain/support';
import { account, device, user } from '../src/domain/testing/fixtures';
import { accountService } from '../src/service';

const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });
/** An aggregate document as the repositories store it (state, version, empty outbox). */
const stored = (id: string, state: object) => ({
  _id: id,
  ...state,
  version: 1,
  outbox: [],
  outboxPendingSince: null,
  appliedEventIds: [],
});

const COUNT = 2_500;
const pad = (i: number) => String(i).padStart(5, '0');
/** Shuffled, so insertion order says nothing about the order served. */
const shuffled = <T>(items: T[]) => items.sort(() => Math.random() - 0.5);
/** `i`'s instant: five records share each minute, so the id breaks ties. */
const minuteOf = (i: number) => new Date(Date.UTC(2026, 2, 1) + Math.floor(i / 5) * 60_000).toISOString();

// FerretDB decodes the whole collection for any filter but an exact _id (services/platform/README.md), so each page
// of 2,500 records costs a full read there: slow on a busy machine, fast on MongoDB.
jest.setTimeout(600_000);

describe('account: list routes page through more than 1,000 records, each exactly once (real FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let sam: string;
  let staff: string;
  const http = () => env.http(svc);

  /** Every item's key in the order served, from the first page to the last. */
  const pageThrough = async (
    path: string,
    key: (item: Record<string, string>) => string,
    limit = 100,
    token = () => sam,
  ) => (await everyPage(http(), path, { token: token(), limit })).items.map(key);

  beforeAll(async () => {
    env = await TestEnv.create('account-paging');
    svc = await env.start(accountService);
    staff = await env.tokenFor({ userId: 'u-otto', userType: 'internal', homeAccountId: 'vendor', grants: [] });
    for (const body of [
      { accountId: 'acc-acme', name: 'Acme', country: 'FR', accountType: 'premier' },
      { accountId: 'acc-nordic', name: 'Nordic AB', country: 'SE', accountType: 'business' },
    ])
      expect((await http().post('/accounts').set(bearer(staff)).send(body)).status).toBe(201);
    sam = await env.tokenFor({ userId: 'u-sam', homeAccountId: 'acc-acme', grants: [grant('acc-acme', 'site-admin')] });
    await until('u-sam adopted', () => svc.kit.db.collection('users').findOne({ _id: 'u-sam' as never }));
  });
  afterAll(() => env?.close());

  it('Given 2,500 devices of the account (and others of another account), When paged 100 at a time, Then every device once, by serial', async () => {
    const serial = (i: number) => `PG-${String(i).padStart(5, '0')}`;
    const acme = Array.from({ length: 2500 }, (_, i) => serial(i));
    const docs = [
      ...acme.map((s) => stored(s, device({ serialNumber: s, accountId: 'acc-acme' }))),
      ...Array.from({ length: 20 }, (_, i) => `NO-${i}`).map((s) =>
        stored(s, device({ serialNumber: s, accountId: 'acc-nordic' })),
      ),
    ];
    // Shuffled, so insertion order says nothing about the order served.
    docs.sort(() => Math.random() - 0.5);
    await svc.kit.db.collection('devices').insertMany(docs as never[]);

    const served = await pageThrough('/accounts/acc-acme/devices', (d) => d.serialNumber!);
    expect(served).toHaveLength(2500);
    expect(served).toEqual([...acme].sort());
  });

  it('Given 2,500 members and home users of the account, some both, When its users are paged 100 at a time, Then every user once, by user id', async () => {
    const id = (i: number) => `u-pg-${pad(i)}`;
    const docs = Array.from({ length: COUNT }, (_, i) => {
      const member = i % 3 !== 0; // a third are home users only (disabled: no grants left)
      const home = i % 2 === 0 ? 'acc-acme' : 'acc-nordic';
      return stored(
        id(i),
        user({
          userId: id(i),
          email: `${id(i)}@acme.example`,
          homeAccountId: member ? home : 'acc-acme',
          status: member ? 'active' : 'disabled',
          grants: member ? [grant('acc-acme', 'buyer')] : [],
        }),
      );
    });
    await svc.kit.db.collection('users').insertMany(docs.sort(() => Math.random() - 0.5) as never[]);

    const served = await pageThrough('/accounts/acc-acme/users', (u) => u.userId!);
    expect(served).toEqual([...docs.map((d) => d._id), 'u-sam'].sort());
  });

  it('Given 2,500 accounts, When the account team pages them 100 at a time, Then every account once, by account id', async () => {
    const before = (
      await svc.kit.db
        .collection('accounts')
        .find({}, { projection: { _id: 1 } })
        .toArray()
    ).map((d) => String(d._id));
    const ids = Array.from({ length: COUNT }, (_, i) => `acc-pg-${pad(i)}`);
    const docs = ids.map((accountId) => stored(accountId, account({ accountId, name: accountId })));
    await svc.kit.db.collection('accounts').insertMany(shuffled(docs) as never[]);

    const served = await pageThrough(
      '/accounts',
      (a) => a.accountId!,
      100,
      () => staff,
    );
    expect(served).toEqual([...before, ...ids].sort());
  });

  it('Given 2,500 documents of the account (and some of another), When paged 100 at a time, Then every document once, by id', async () => {
    const document = (documentId: string, accountId: string): AccountDocument => ({
      documentId,
      accountId,
      title: `Document ${documentId}`,
      kind: 'report',
      url: `https://docs.example/${documentId}`,
      validUntil: null,
      publishedBy: 'u-otto',
      publishedAt: '2026-03-01T00:00:00.000Z',
    });
    const ids = Array.from({ length: COUNT }, (_, i) => `doc-pg-${pad(i)}`);
    const docs = [
      ...ids.map((id) => stored(id, document(id, 'acc-acme'))),
      ...Array.from({ length: 20 }, (_, i) => `doc-no-${i}`).map((id) => stored(id, document(id, 'acc-nordic'))),
    ];
    await svc.kit.db.collection('documents').insertMany(shuffled(docs) as never[]);

    const served = await pageThrough('/accounts/acc-acme/documents', (d) => d.documentId!);
    expect(served).toEqual(ids);
  });

  it('Given 2,500 renewal requests (five per minute) of the account, When paged 100 at a time, Then every one once, by request time then id', async () => {
    const renewal = (requestId: string, accountId: string, requestedAt: string): ServiceContractRenewal => ({
      requestId,
      accountId,
      action: 'renew',
      plan: 'prosupport',
      durationMonths: 12,
      devices: [{ serialNumber: 'PG-00000', sku: 'SRV-R650', currentPlan: 'basic', warrantyEndsOn: null }],
      comment: null,
      status: 'requested',
      requestedBy: 'u-sam',
      requestedAt,
    });
    // Ids descending within a minute's five, so neither the time nor the id alone gives the order served.
    const ids = Array.from({ length: COUNT }, (_, i) => `scr-pg-${pad(i - (i % 5) + 4 - (i % 5))}`);
    const docs = [
      ...ids.map((id, i) => stored(id, renewal(id, 'acc-acme', minuteOf(i)))),
      ...Array.from({ length: 20 }, (_, i) => `scr-no-${i}`).map((id) =>
        stored(id, renewal(id, 'acc-nordic', minuteOf(0))),
      ),
    ];
    await svc.kit.db.collection('service_contract_renewals').insertMany(shuffled(docs) as never[]);

    const served = await pageThrough('/accounts/acc-acme/service-contract-renewals', (r) => r.requestId!);
    const expected = ids.map((id, i) => ({ id, at: minuteOf(i) }));
    expected.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
    expect(served).toEqual(expected.map((r) => r.id));
  });

  it('Given 2,500 service requests (five per minute) of the account, When its support history is paged, Then every one once, by opening time then id', async () => {
    const request = (serviceRequestId: string, accountId: string, openedAt: string): ServiceRequest => ({
      serviceRequestId,
      accountId,
      serialNumber: 'PG-00000',
      title: `Request ${serviceRequestId}`,
      status: 'open',
      openedAt,
      closedAt: null,
    });
    const ids = Array.from({ length: COUNT }, (_, i) => `sr-pg-${pad(COUNT - 1 - i)}`);
    const docs = [
      ...ids.map((id, i) => ({ _id: id, ...request(id, 'acc-acme', minuteOf(i)) })),
      ...Array.from({ length: 20 }, (_, i) => `sr-no-${i}`).map((id) => ({
        _id: id,
        ...request(id, 'acc-nordic', minuteOf(0)),
      })),
    ];
    await svc.kit.db.collection('service_requests').insertMany(shuffled(docs) as never[]);

    const served = await pageThrough('/accounts/acc-acme/support/history', (r) => r.serviceRequestId!);
    const expected = ids.map((id, i) => ({ id, at: minuteOf(i) }));
    expected.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
    expect(served).toEqual(expected.map((r) => r.id));
  });
});
