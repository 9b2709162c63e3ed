import type { RunningService } from '@portal/platform';
import { bearer, TestEnv, until } from '@portal/platform/src/testing';
import { device, user } from '../src/domain/testing/fixtures';
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

// FerretDB decodes the whole collection for any filter but an exact _id (services/platform/README.md), so each page
// of 2,500 records costs a full read there: slow on a busy machine, fast on MongoDB.
jest.setTimeout(600_000);

describe('account: list routes page through more than 1,000 records, each exactly once (real FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let sam: string;
  const http = () => env.http(svc);

  /** Follows nextCursor from the first page to the last; returns every item's key in the order served. */
  async function pageThrough(path: string, key: (item: Record<string, string>) => string, limit = 100) {
    const keys: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await http().get(`${path}?${query}`).set(bearer(sam));
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      keys.push(...(res.body.items as Record<string, string>[]).map(key));
      cursor = res.body.nextCursor;
    } while (cursor);
    return keys;
  }

  beforeAll(async () => {
    env = await TestEnv.create('account-paging');
    svc = await env.start(accountService);
    const staff = await env.tokenFor({ userId: 'u-otto', userType: 'internal', homeAccountId: 'vendor', grants: [] });
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

  it('Given 1,200 members and home users of the account, some both, When its users are paged 100 at a time, Then every user once, by user id', async () => {
    const id = (i: number) => `u-pg-${String(i).padStart(4, '0')}`;
    const docs = Array.from({ length: 1200 }, (_, i) => {
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
});
