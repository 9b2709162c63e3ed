import type { RunningService } from '@portal/platform';
import { bearer, TestEnv } from '@portal/platform/src/testing';
import { demoUsers } from '../src/demo-seed';
import { changeTicketService } from '../src/service';

// The demo flow works at once with DEMO_SEED=true: perimeters, elements, catalogs, and the free changes of the
// demo contract (2 a month), with an Idempotency-Key repeat answering the first answer again.

describe('change-ticket: demo seed (real Kafka + FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let carla: string;

  beforeAll(async () => {
    env = await TestEnv.create('change-ticket-demo');
    svc = await env.start(changeTicketService, { demoSeed: true });
    const user = demoUsers.find((u) => u.userId === 'u-carla')!;
    carla = await env.tokenFor({ ...user, homeAccountId: 'acc-acme' });
  });
  afterAll(() => env.close());

  it('Given DEMO_SEED=true, When carla browses, Then the demo perimeters and elements are there with their catalogs', async () => {
    const perimeters = await env.http(svc).get('/perimeters').set(bearer(carla));
    expect(perimeters.body.items).toEqual([
      expect.objectContaining({ id: 'C-ACME-CLOUD', elementCount: 3 }),
      expect.objectContaining({ id: 'acc-acme-default', elementCount: 1 }),
    ]);
    const element = await env.http(svc).get('/elements/FE-ACME-PROD').set(bearer(carla));
    expect(element.body).toMatchObject({ rdsLicences: 20, catalogVersion: 1 });
    expect(element.body.catalogs).toHaveLength(4);
  });

  it('Given the demo contract with 2 free changes, When carla confirms three changes, Then the third is billable; a repeated Idempotency-Key gives the first answer', async () => {
    const body = {
      elementId: 'FE-ACME-PROD',
      catalogId: 'rds-licences',
      categoryId: 'rds-licences',
      articleId: 'add-rds-licences',
      fields: { quantity: 5 },
      submit: true,
    };
    const first = await env
      .http(svc)
      .post('/change-requests')
      .set(bearer(carla))
      .set('idempotency-key', 'demo-1')
      .send(body);
    const repeat = await env
      .http(svc)
      .post('/change-requests')
      .set(bearer(carla))
      .set('idempotency-key', 'demo-1')
      .send(body);
    expect(repeat.body.id).toBe(first.body.id);
    const second = await env.http(svc).post('/change-requests').set(bearer(carla)).send(body);
    const third = await env.http(svc).post('/change-requests').set(bearer(carla)).send(body);
    expect([first.body.billing.billable, second.body.billing.billable, third.body.billing.billable]).toEqual([
      false,
      false,
      true,
    ]);
  });
});
