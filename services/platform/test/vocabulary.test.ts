import type { AggregateDocument } from '../src';
import { defineErrors, defineRoute, RunningService, ServiceDefinition, StartupError, z } from '../src';
import { refusal, TestEnv } from '../src/testing';

/** A product catalogue stored as aggregates: exercises the platform's read, create and start-up vocabulary. */
interface Product {
  accountId: string;
  sku: string;
  name: string;
}

const errors = defineErrors({
  PRODUCT_WITHDRAWN: { status: 409, title: 'The product is withdrawn' },
});

const TOTAL = 2500;
const seeded: string[] = [];

const catalogueService: ServiceDefinition = {
  name: 'catalogue',
  defaultPort: 0,
  errors,
  async setup(kit) {
    const products = kit.collection<AggregateDocument>('products');
    return {
      demoSeed: async () => {
        seeded.push('products');
      },
      routes: [
        defineRoute({
          method: 'get',
          path: '/products/:sku',
          summary: 'One product',
          auth: 'user',
          params: z.object({ sku: z.string().max(20) }),
          responses: { 200: z.object({ sku: z.string() }) },
          errors: ['PRODUCT_WITHDRAWN'],
          handler: async ({ params }) => {
            if (!(await products.findOne({ _id: params.sku })))
              throw errors.PRODUCT_WITHDRAWN(`${params.sku} is withdrawn`);
            return { body: { sku: params.sku } };
          },
        }),
      ],
    };
  },
};

const sku = (i: number) => `SKU-${String(i).padStart(5, '0')}`;

describe('platform vocabulary on the real database', () => {
  let env: TestEnv;
  let svc: RunningService;
  beforeAll(async () => {
    env = await TestEnv.create('platform-vocabulary');
  });
  afterAll(() => env.close());

  it('Given 2,500 aggregates, When paged by the keyset (id, then an indexed field under a filter), Then every record comes exactly once, as clean state', async () => {
    svc = await env.start(catalogueService, { demoSeed: true });
    expect(seeded).toEqual(['products']);
    const raw = svc.kit.collection<AggregateDocument>('products');
    await raw.createIndex({ sku: 1 }, { unique: true });
    // Inserted out of key order, in two accounts, with the bookkeeping fields the reads must strip.
    const docs = Array.from({ length: TOTAL }, (_, n) => (n * 7919) % TOTAL).map((i) => ({
      _id: `P-${String(i).padStart(5, '0')}`,
      version: 3,
      outbox: [],
      outboxPendingSince: null,
      appliedEventIds: ['e-1'],
      accountId: i % 5 === 0 ? 'acc-b' : 'acc-a',
      sku: sku(i),
      name: `Product ${i}`,
    }));
    await raw.insertMany(docs);
    const reads = svc.kit.reads<Product>('products');

    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await reads.page({ limit: 100, cursor });
      expect(page.items.length).toBeLessThanOrEqual(100);
      for (const item of page.items) expect(Object.keys(item).sort()).toEqual(['accountId', 'name', 'sku']);
      ids.push(...page.items.map((p) => p.sku));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toHaveLength(TOTAL);
    expect(ids[0]).toBe(sku(0));
    expect(new Set(ids).size).toBe(TOTAL);
    expect(ids).toEqual([...ids].sort());

    // FerretDB decodes the whole collection for each page (README): the filtered pass walks the smaller account.
    const ofB: string[] = [];
    cursor = undefined;
    do {
      const page = await reads.page({ filter: { accountId: 'acc-b' }, key: 'sku', limit: 100, cursor });
      ofB.push(...page.items.map((p) => p.sku));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ofB).toEqual(
      docs
        .filter((d) => d.accountId === 'acc-b')
        .map((d) => d.sku)
        .sort(),
    );

    const some = await reads.getMany(['P-00001', 'P-00002', 'P-99999', 'P-00001']);
    expect([...some.keys()].sort()).toEqual(['P-00001', 'P-00002']);
    expect(some.get('P-00002')).toEqual({ accountId: 'acc-a', sku: sku(2), name: 'Product 2' });
    expect(await reads.findOne({ sku: sku(10) })).toEqual({ accountId: 'acc-b', sku: sku(10), name: 'Product 10' });
    expect(await reads.find({ accountId: 'acc-b' }, { sort: { sku: 1 }, limit: 3 })).toEqual(
      [0, 5, 10].map((i) => ({ accountId: 'acc-b', sku: sku(i), name: `Product ${i}` })),
    );
  }, 400_000);

  it('Given an aggregate, When it is created again with onExists keep, Then the stored one is answered and nothing is written', async () => {
    const repo = svc.kit.aggregates<Product & { price: number }>('priced');
    const decision = (price: number) => ({
      state: { accountId: 'acc-a', sku: 'SKU-X', name: 'X', price },
      events: [],
    });
    expect(await repo.createDecided('SKU-X', decision(10))).toMatchObject({ created: true, version: 1 });
    const kept = await repo.createDecided('SKU-X', decision(99), { onExists: 'keep' });
    expect(kept).toMatchObject({ created: false, version: 1, state: { price: 10 } });
    expect(await refusal(repo.createDecided('SKU-X', decision(99)), 'ALREADY_EXISTS')).toMatchObject({ status: 409 });
  });

  it('Given a service error catalog, Then the domain throws from it, the edge answers its status and OpenAPI documents it', async () => {
    const token = await env.tokenFor({
      userId: 'u-vic',
      email: 'vic@acme.example',
      homeAccountId: 'acc-a',
      grants: [],
    });
    const problem = await refusal(
      env.http(svc).get('/products/SKU-NONE').set('Authorization', `Bearer ${token}`),
      'PRODUCT_WITHDRAWN',
    );
    expect(problem.status).toBe(409);
    const openapi = await env.http(svc).get('/openapi.json');
    const responses = openapi.body.paths['/products/{sku}'].get.responses;
    expect(responses['409'].description).toContain('PRODUCT_WITHDRAWN');
  });

  it('Given a consumer of a topic not in the catalog, When the service starts, Then it fails naming the topic', async () => {
    const typo: ServiceDefinition = {
      name: 'typo',
      defaultPort: 0,
      setup: async () => ({ consumers: [{ topics: ['erp.sales-order.v1'], handlers: {} }] }),
    };
    const started = env.start(typo);
    await expect(started).rejects.toThrow(StartupError);
    await expect(started).rejects.toThrow(/erp\.sales-order\.v1.*not in the topic catalog/);
  });
});
