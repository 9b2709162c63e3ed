import type { RunningService } from '@portal/platform';
import { everyPage, TestEnv } from '@portal/platform/src/testing';
import { changeTicketService } from '../src/service';
import { sortKeyOf } from '../src/store/change-request-store';
import { PerimeterIndex } from '../src/store/perimeter-index';
import { ACME } from './order-snapshots';

// Lists past 1,000 records: 2,500 of each, seeded straight into the stores with bulk inserts (fast), then paged
// through the edge on the real database. Every record must come exactly once, in the list's order.

// A filter other than `_id` makes FerretDB decode the whole collection for each page: minutes, not seconds.
jest.setTimeout(600_000);

const RECORDS = 2_500;
const PERIMETER = 'C-PAGE';
const ids = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);

describe('change-ticket: list routes page through 2,500 records exactly once (real FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let vic: string;
  let otto: string;
  const http = () => env.http(svc);

  /** Every page of a list, following `nextCursor` until it is null. */
  async function everyPageOf(path: string, query: Record<string, string | number>, token: string) {
    const { items, pages } = await everyPage<Record<string, unknown>>(http(), path, { token, query });
    return { seen: items, pages };
  }

  beforeAll(async () => {
    env = await TestEnv.create('change-paging');
    svc = await env.start(changeTicketService);
    vic = await env.tokenFor({
      userId: 'u-vic',
      homeAccountId: ACME,
      grants: [{ accountId: ACME, role: 'visitor', contractNumber: null, section: 'requests' }],
    });
    otto = await env.tokenFor({ userId: 'u-otto', homeAccountId: 'acc-vendor', userType: 'internal' });

    const db = svc.kit.db;
    const elementIds = ids(RECORDS, 'SO-PAGE');
    const index = new PerimeterIndex({
      heads: svc.kit.collection('inventory_perimeters'),
      pages: svc.kit.collection('inventory_perimeter_pages'),
      accounts: svc.kit.collection('inventory_account_perimeters'),
    });
    await index.record(
      { id: PERIMETER, accountId: ACME, name: 'Paging' },
      elementIds.map((id) => ({ id, kind: 'managed-service', active: true })),
    );
    await db.collection('inventory_elements').insertMany(
      elementIds.map((id) => ({
        _id: id as never,
        accountId: ACME,
        perimeterId: PERIMETER,
        perimeterName: 'Paging',
        kind: 'managed-service',
        name: `Service ${id}`,
        contractNumber: PERIMETER,
        orderNumber: id,
        rdsFromOrder: 0,
        rdsAdjustment: 0,
        rdsVersion: 0,
        status: 'active',
        searchText: `service ${id}`.toLowerCase(),
      })),
    );

    // Request views: 2,500 in the perimeter (every other one submitted), some created at the same instant (the
    // key's id part decides), plus 30 in another perimeter that must never show.
    const base = Date.parse('2026-11-01T00:00:00Z');
    const view = (id: string, perimeterId: string, i: number) => {
      const createdAt = new Date(base + Math.floor(i / 3) * 1000);
      return {
        _id: id as never,
        version: 1,
        outbox: [],
        appliedEventIds: [],
        id,
        accountId: ACME,
        perimeterId,
        elementId: elementIds[i % RECORDS],
        elementName: 'Service',
        catalogId: 'standard',
        categoryId: 'quota-changes',
        articleId: 'change-quota',
        articleName: 'Change a quota',
        reference: null,
        status: i % 2 === 0 ? 'submitted' : 'draft',
        billable: false,
        quote: null,
        requestedBy: 'u-carla',
        createdAt,
        updatedAt: createdAt,
        submittedAt: null,
        sortKey: sortKeyOf(createdAt, id),
      };
    };
    await db
      .collection('change_request_views')
      .insertMany([
        ...ids(RECORDS, 'cr-page').map((id, i) => view(id, PERIMETER, i)),
        ...ids(30, 'cr-elsewhere').map((id, i) => view(id, 'C-ELSEWHERE', i)),
      ]);
  }, 120_000);
  afterAll(() => env?.close());

  it('Given 2,500 elements in a perimeter, When a customer pages through GET /elements, Then each comes exactly once, by id', async () => {
    const { seen, pages } = await everyPageOf('/elements', { perimeter: PERIMETER, limit: 100 }, vic);
    const got = seen.map((e) => e.id as string);
    expect(pages).toBe(25);
    expect(got).toEqual(ids(RECORDS, 'SO-PAGE'));
  });

  it('Given 2,500 requests in a perimeter, When a customer pages through GET /change-requests, Then each comes exactly once, newest first', async () => {
    const { seen, pages } = await everyPageOf('/change-requests', { perimeter: PERIMETER, limit: 100 }, vic);
    const got = seen.map((r) => r.id as string);
    expect(pages).toBe(25);
    expect(new Set(got).size).toBe(RECORDS);
    expect(got.every((id) => id.startsWith('cr-page-'))).toBe(true);
    const newestFirst = [...seen].sort((a, b) =>
      a.createdAt === b.createdAt
        ? (a.id as string) < (b.id as string)
          ? -1
          : 1
        : Date.parse(b.createdAt as string) - Date.parse(a.createdAt as string),
    );
    expect(got).toEqual(newestFirst.map((r) => r.id));
  });

  it('Given a status filter over 2,500 requests, When the operator pages, Then the 1,250 in progress come exactly once', async () => {
    const { seen } = await everyPageOf(
      '/change-requests',
      { perimeter: PERIMETER, status: 'in-progress', limit: 100 },
      otto,
    );
    const got = seen.map((r) => r.id as string);
    expect(new Set(got).size).toBe(got.length);
    expect(got.sort()).toEqual(ids(RECORDS, 'cr-page').filter((_, i) => i % 2 === 0));
    expect(seen.every((r) => r.status === 'submitted')).toBe(true);
  });
});
