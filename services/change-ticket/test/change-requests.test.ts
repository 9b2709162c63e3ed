import { RESERVATION_GRACE_MS, type MonthlyChangeUsage } from '../src/domain/free-changes-left';
import { ManualClock, type RunningService } from '@portal/platform';
import { bearer, TestEnv, type TopicProbe, until } from '@portal/platform/src/testing';
import { changeTicketService } from '../src/service';
import { ACME, contractRecorded, money, salesOrderRecorded } from './order-snapshots';

// The change edge end to end: real Kafka, real FerretDB, the service in-process. Inventory and allowances arrive as
// order.events.v1 snapshots (as the order service publishes them); grants on account.events.v1.

const quota = (newQuota = 64) => ({
  catalogId: 'standard',
  categoryId: 'quota-changes',
  articleId: 'change-quota',
  fields: { resource: 'vcpus', newQuota },
});
const ginAccess = {
  catalogId: 'gin-access',
  categoryId: 'gin-access',
  articleId: 'open-gin-access',
  fields: { siteName: 'Lyon DC', bandwidthMbps: '100' },
};

/** The answer of `ask` once `ok` holds (polled by the platform's `until`). */
const answerOnce =
  <T>(ask: () => Promise<T>, ok: (answer: T) => boolean) =>
  async () => {
    const answer = await ask();
    return ok(answer) ? answer : null;
  };

describe('change-ticket: change requests through the edge (real Kafka + FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let changes: TopicProbe;
  const clock = new ManualClock('2026-11-22T09:00:00.000Z');
  const tokens: Record<string, string> = {};
  const http = () => env.http(svc);

  beforeAll(async () => {
    env = await TestEnv.create('change-ticket');
    svc = await env.start(changeTicketService, { clock });
    changes = env.probe('change.events.v1');
    const section = (role: string, accountId = ACME) => [
      { accountId, role, contractNumber: null, section: 'requests' },
    ];
    tokens.carla = await env.tokenFor({
      userId: 'u-carla',
      email: 'carla.requester@acme.example',
      homeAccountId: ACME,
      grants: section('requester'),
    });
    tokens.max = await env.tokenFor({
      userId: 'u-max',
      email: 'max.manager@acme.example',
      homeAccountId: ACME,
      grants: section('manager'),
    });
    tokens.vic = await env.tokenFor({
      userId: 'u-vic',
      email: 'vic.visitor@acme.example',
      homeAccountId: ACME,
      grants: section('visitor'),
    });
    tokens.otto = await env.tokenFor({
      userId: 'u-otto',
      email: 'otto.operator@vendor.example',
      homeAccountId: 'acc-vendor',
      userType: 'internal',
    });
    tokens.eve = await env.tokenFor({
      userId: 'u-eve',
      homeAccountId: 'acc-other',
      grants: section('manager', 'acc-other'),
    });
    await env.publish([
      contractRecorded('C-FLOW', 5),
      contractRecorded('C-BILL', 1),
      contractRecorded('C-CRASH', 1),
      salesOrderRecorded('SO-FLOW', 'C-FLOW'),
      salesOrderRecorded('SO-BILL', 'C-BILL'),
      salesOrderRecorded('SO-CRASH', 'C-CRASH'),
      salesOrderRecorded('SO-OTHER', 'C-OTHER', 'acc-other'),
    ]);
    // Orders and contracts travel on different keys (partitions): wait until every projection is there.
    for (const [elementId, token] of [
      ['SO-FLOW-10', tokens.carla],
      ['SO-FLOW-30', tokens.carla],
      ['SO-BILL-10', tokens.carla],
      ['SO-BILL-30', tokens.carla],
      ['SO-OTHER-10', tokens.eve],
    ] as const) {
      await until(
        `element ${elementId} projected`,
        answerOnce(
          () => http().get(`/elements/${elementId}`).set(bearer(token!)),
          (r) => r.status === 200,
        ),
      );
    }
    // Elements are stored before their perimeter is indexed: wait until the perimeters are listed too.
    await until(
      'perimeters C-FLOW and C-BILL listed',
      answerOnce(
        () => http().get('/perimeters').set(bearer(tokens.vic!)),
        (r) => ['C-FLOW', 'C-BILL'].every((id) => r.body.items?.some((p: { id: string }) => p.id === id)),
      ),
    );
    for (const [elementId, free] of [
      ['SO-FLOW-10', 5],
      ['SO-BILL-10', 1],
      ['SO-CRASH-10', 1],
    ] as const) {
      await until(
        `free changes of ${elementId}'s contract projected`,
        answerOnce(
          () =>
            http()
              .post('/change-requests/preview')
              .set(bearer(tokens.carla!))
              .send({ elementId, ...quota() }),
          (r) => r.body.billing?.freeChangesPerMonth === free,
        ),
      );
    }
  });
  afterAll(() => env.close());

  it('Given orders with service lines, When a customer browses the perimeter, Then the elements, their RDS licences and catalogs show', async () => {
    const perimeters = await http().get('/perimeters').set(bearer(tokens.vic!));
    expect(perimeters.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'C-FLOW', accountId: ACME, elementCount: 2 })]),
    );
    expect(perimeters.body.items.map((p: { accountId: string }) => p.accountId)).not.toContain('acc-other');
    const elements = await http().get('/elements').query({ perimeter: 'C-FLOW', q: 'second' }).set(bearer(tokens.vic!));
    expect(elements.body).toEqual({
      items: [expect.objectContaining({ id: 'SO-FLOW-30', kind: 'flexible-engine-service' })],
      nextCursor: null,
    });
    const element = await http().get('/elements/SO-FLOW-10').set(bearer(tokens.vic!));
    expect(element.body).toMatchObject({ rdsLicences: 10, contractNumber: 'C-FLOW' });
    expect(element.body.catalogs.map((c: { name: string }) => c.name)).toEqual([
      'Standard change catalog',
      'Manage RDS licences',
      'Manage GIN access',
      'Other requests',
    ]);
  });

  it('Given a draft, When the requester submits it, Then it answers with billing and the in-progress list shows it after the event round trip', async () => {
    const created = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-FLOW-10', reference: 'ACME-1' });
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    expect(created.headers.location).toBe(`/change-requests/${id}`);
    expect(created.body).toMatchObject({ status: 'draft', warnings: [], billing: null });

    const edited = await http().patch(`/change-requests/${id}`).set(bearer(tokens.carla!)).send(quota());
    expect(edited.body.request).toMatchObject({ status: 'draft', articleName: 'Change a quota', reference: 'ACME-1' });

    const submitted = await http().post(`/change-requests/${id}/submit`).set(bearer(tokens.carla!)).send();
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      billing: { billable: false, freeChangesPerMonth: 5, usedThisMonth: 1, freeChangesLeft: 4 },
    });
    await changes.waitFor((e) => e.aggregateId === id && e.eventType === 'ChangeRequestSubmitted');

    const list = await until(
      'the submitted request in the in-progress list',
      answerOnce(
        () =>
          http().get('/change-requests').query({ perimeter: 'C-FLOW', status: 'in-progress' }).set(bearer(tokens.vic!)),
        (r) => r.body.items?.some((i: { id: string }) => i.id === id),
      ),
    );
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, status: 'submitted', reference: 'ACME-1', billable: false }),
      ]),
    );
    const drafts = await http()
      .get('/change-requests')
      .query({ perimeter: 'C-FLOW', status: 'drafts' })
      .set(bearer(tokens.vic!));
    expect(drafts.body.items.map((i: { id: string }) => i.id)).not.toContain(id);

    const read = await http().get(`/change-requests/${id}`).set(bearer(tokens.vic!));
    expect(read.body.history.map((h: { action: string }) => h.action)).toEqual(['drafted', 'edited', 'submitted']);
  });

  it('Given an open request on an element, When another is created and submitted on it, Then it goes through with CHANGES_IN_PROGRESS_ON_ELEMENT', async () => {
    const first = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-FLOW-30', ...quota(10), submit: true });
    expect(first.body.warnings).toEqual([]);
    const preview = await http()
      .post('/change-requests/preview')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-FLOW-30', ...quota(20) });
    expect(preview.body.warnings).toEqual([
      expect.objectContaining({ code: 'CHANGES_IN_PROGRESS_ON_ELEMENT', requestIds: [first.body.id] }),
    ]);
    const second = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-FLOW-30', ...quota(20), submit: true });
    expect(second.status).toBe(202);
    expect(second.body.warnings).toEqual([
      expect.objectContaining({ code: 'CHANGES_IN_PROGRESS_ON_ELEMENT', requestIds: [first.body.id] }),
    ]);
  });

  it('Given a contract with 1 free change a month, When a second change is previewed and submitted, Then the answer says billable before and after confirmation', async () => {
    const first = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-BILL-10', ...quota(), submit: true });
    expect(first.body.billing).toMatchObject({ billable: false, freeChangesLeft: 0 });
    const preview = await http()
      .post('/change-requests/preview')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-BILL-30', ...quota() });
    expect(preview.status).toBe(200);
    expect(preview.body.billing).toMatchObject({ billable: true, freeChangesPerMonth: 1, usedThisMonth: 2 });
    const second = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-BILL-30', ...quota(), submit: true });
    expect(second.body.billing).toMatchObject({ billable: true, usedThisMonth: 2 });
    expect(second.body.request.billing).toMatchObject({ billable: true, ordinal: 2 });
    const event = await changes.waitFor(
      (e) => e.aggregateId === second.body.id && e.eventType === 'ChangeRequestSubmitted',
    );
    expect(event.payload).toMatchObject({ billable: true, changeOrdinal: 2, billingMonth: '2026-11' });
  });

  it('Given an article that needs a study, When the operator quotes it and the manager accepts, Then it is quote-accepted and the operator can complete it; an expired quote is refused', async () => {
    const created = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-FLOW-10', ...ginAccess, submit: true });
    const id = created.body.id as string;
    expect(created.body.status).toBe('quote-pending');
    expect(
      (await http().post(`/change-requests/${id}/quote/accept`).set(bearer(tokens.max!)).send()).body,
    ).toMatchObject({ status: 409, code: 'QUOTE_NOT_ISSUED' });

    const validUntil = new Date(clock.now().getTime() + 7 * 86_400_000).toISOString();
    const quoted = await http()
      .post(`/change-requests/${id}/quote`)
      .set(bearer(tokens.otto!))
      .send({ amount: money(250000), validUntil });
    expect(quoted.body.request.quote).toMatchObject({ amount: money(250000), validUntil });
    expect(
      (await http().post(`/change-requests/${id}/quote/accept`).set(bearer(tokens.carla!)).send()).body,
    ).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
    const accepted = await http().post(`/change-requests/${id}/quote/accept`).set(bearer(tokens.max!)).send();
    expect(accepted.body.status).toBe('quote-accepted');
    expect((await http().post(`/change-requests/${id}/start`).set(bearer(tokens.otto!)).send()).body.status).toBe(
      'in-progress',
    );
    expect((await http().post(`/change-requests/${id}/complete`).set(bearer(tokens.otto!)).send()).body.status).toBe(
      'completed',
    );
    await changes.waitFor((e) => e.aggregateId === id && e.eventType === 'ChangeRequestCompleted');

    const other = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-FLOW-30', ...ginAccess, submit: true });
    await http()
      .post(`/change-requests/${other.body.id}/quote`)
      .set(bearer(tokens.otto!))
      .send({ amount: money(1000), validUntil: new Date(clock.now().getTime() + 60_000).toISOString() });
    clock.advance(120_000);
    const late = await http().post(`/change-requests/${other.body.id}/quote/accept`).set(bearer(tokens.max!)).send();
    expect(late.body).toMatchObject({ status: 409, code: 'QUOTE_EXPIRED' });
  });

  it('Given a completed RDS removal, Then the element holds fewer licences, and removing more than held is FIELD_INVALID', async () => {
    const rds = (quantity: number) => ({
      elementId: 'SO-BILL-10',
      catalogId: 'rds-licences',
      categoryId: 'rds-licences',
      articleId: 'remove-rds-licences',
      fields: { quantity },
      submit: true,
    });
    const tooMany = await http().post('/change-requests').set(bearer(tokens.carla!)).send(rds(11));
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({
      code: 'FIELD_INVALID',
      errors: [expect.objectContaining({ path: 'fields.quantity', code: 'FIELD_INVALID' })],
    });
    const removal = await http().post('/change-requests').set(bearer(tokens.carla!)).send(rds(4));
    expect(removal.body.status).toBe('submitted');
    expect(
      (await http().post(`/change-requests/${removal.body.id}/start`).set(bearer(tokens.otto!)).send()).body.status,
    ).toBe('in-progress');
    expect(
      (await http().post(`/change-requests/${removal.body.id}/complete`).set(bearer(tokens.otto!)).send()).body.status,
    ).toBe('completed');
    await changes.waitFor((e) => e.aggregateId === removal.body.id && e.eventType === 'ChangeRequestCompleted');
    const element = await until(
      'the RDS licences moved by the completed removal',
      answerOnce(
        () => http().get('/elements/SO-BILL-10').set(bearer(tokens.vic!)),
        (r) => r.body.rdsLicences === 6,
      ),
    );
    expect(element.body.rdsLicences).toBe(6);
  });

  it('Given incomplete content, When created with submit, Then 422 lists every broken rule and nothing is created', async () => {
    const answer = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({
        elementId: 'SO-FLOW-10',
        catalogId: 'standard',
        categoryId: 'quota-changes',
        articleId: 'change-quota',
        reference: 'x'.repeat(65),
        submit: true,
      });
    expect(answer.status).toBe(422);
    expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`).sort()).toEqual([
      'fields.newQuota:FIELD_REQUIRED',
      'fields.resource:FIELD_REQUIRED',
      'reference:FIELD_INVALID',
    ]);
  });

  it('Given a visitor, When they try to create a request, Then 403 ROLE_REQUIRED; reading works', async () => {
    const answer = await http().post('/change-requests').set(bearer(tokens.vic!)).send({ elementId: 'SO-FLOW-10' });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'ROLE_REQUIRED' });
    expect((await http().get('/change-requests').query({ perimeter: 'C-FLOW' }).set(bearer(tokens.vic!))).status).toBe(
      200,
    );
  });

  it("Given another account's request, When a user of acc-acme reads or acts on it, Then 404 NOT_FOUND", async () => {
    const theirs = await http().post('/change-requests').set(bearer(tokens.eve!)).send({ elementId: 'SO-OTHER-10' });
    expect(theirs.status).toBe(202);
    for (const call of [
      http().get(`/change-requests/${theirs.body.id}`).set(bearer(tokens.max!)),
      http().post(`/change-requests/${theirs.body.id}/cancel`).set(bearer(tokens.carla!)).send({}),
      http().get('/elements/SO-OTHER-10').set(bearer(tokens.carla!)),
      http().get('/change-requests').query({ perimeter: 'C-OTHER' }).set(bearer(tokens.carla!)),
    ]) {
      const answer = await call;
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
  });

  it('Given a draft and a request in progress, When the requester cancels them, Then the draft is closed and the one in progress is INVALID_STATUS_TRANSITION', async () => {
    const draft = await http().post('/change-requests').set(bearer(tokens.carla!)).send({ elementId: 'SO-FLOW-30' });
    const cancelled = await http()
      .post(`/change-requests/${draft.body.id}/cancel`)
      .set(bearer(tokens.carla!))
      .send({ reason: 'typo' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', request: { closingReason: 'typo' } });
    const closed = await until(
      'the cancelled draft in the closed list',
      answerOnce(
        () => http().get('/change-requests').query({ perimeter: 'C-FLOW', status: 'closed' }).set(bearer(tokens.vic!)),
        (r) =>
          r.body.items?.some((i: { id: string; status: string }) => i.id === draft.body.id && i.status === 'cancelled'),
      ),
    );
    expect(closed.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: draft.body.id, status: 'cancelled' })]),
    );

    const running = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-FLOW-30', ...quota(5), submit: true });
    await http().post(`/change-requests/${running.body.id}/start`).set(bearer(tokens.otto!)).send();
    const refused = await http().post(`/change-requests/${running.body.id}/cancel`).set(bearer(tokens.carla!)).send({});
    expect(refused.body).toMatchObject({ status: 409, code: 'INVALID_STATUS_TRANSITION' });
    expect(
      (
        await http()
          .post(`/change-requests/${running.body.id}/reject`)
          .set(bearer(tokens.otto!))
          .send({ reason: 'Not possible on this tenant' })
      ).body.status,
    ).toBe('rejected');
  });

  it('Given an order cancelled in a later snapshot, Then its elements leave the perimeter list and take no new request; an older snapshot changes nothing', async () => {
    await env.publish([salesOrderRecorded('SO-GONE', 'C-FLOW')]);
    await until(
      'SO-GONE-10 projected',
      answerOnce(
        () => http().get('/elements/SO-GONE-10').set(bearer(tokens.carla!)),
        (r) => r.status === 200,
      ),
    );
    await env.publish([
      salesOrderRecorded('SO-GONE', 'C-FLOW', ACME, { revision: 3, cancelled: true }),
      salesOrderRecorded('SO-GONE', 'C-FLOW', ACME, { revision: 2, cancelled: false }),
    ]);
    const element = await until(
      'SO-GONE-10 retired',
      answerOnce(
        () => http().get('/elements/SO-GONE-10').set(bearer(tokens.carla!)),
        (r) => r.body.status === 'retired',
      ),
    );
    expect(element.body.status).toBe('retired');
    const list = await http().get('/elements').query({ perimeter: 'C-FLOW', limit: 100 }).set(bearer(tokens.carla!));
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain('SO-GONE-10');
    const refused = await http().post('/change-requests').set(bearer(tokens.carla!)).send({ elementId: 'SO-GONE-10' });
    expect(refused.body).toMatchObject({
      status: 422,
      code: 'FIELD_INVALID',
      errors: [expect.objectContaining({ path: 'elementId' })],
    });
  });

  it('Given requests of several accounts, When the operator lists without perimeter, Then every account shows; a customer must name the perimeter', async () => {
    const queue = await until(
      'requests in the operator queue',
      answerOnce(
        () => http().get('/change-requests').query({ status: 'in-progress', limit: 100 }).set(bearer(tokens.otto!)),
        (r) => r.status === 200 && r.body.items.length > 0,
      ),
    );
    expect(new Set(queue.body.items.map((i: { perimeterId: string }) => i.perimeterId))).toEqual(
      new Set(['C-FLOW', 'C-BILL']),
    );
    const customer = await http().get('/change-requests').set(bearer(tokens.vic!));
    expect(customer.body).toMatchObject({
      status: 422,
      code: 'FIELD_REQUIRED',
      errors: [expect.objectContaining({ path: 'perimeter' })],
    });
  });

  it('Given the service, Then its OpenAPI document lists every route', async () => {
    const doc = (await http().get('/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/catalogs',
        '/perimeters',
        '/elements',
        '/elements/{elementId}',
        '/change-requests',
        '/change-requests/preview',
        '/change-requests/{id}',
        '/change-requests/{id}/submit',
        '/change-requests/{id}/quote/accept',
      ]),
    );
  });

  it('Given a process that died between counting a free change and writing its request, When the next request comes after the grace period, Then the free change was given back', async () => {
    // The state such a crash leaves: the month's usage reserves a change for a request that was never written.
    const month = clock.now().toISOString().slice(0, 7);
    const usage = svc.kit.aggregates<MonthlyChangeUsage>('change_usage');
    await usage.mutate(`C-CRASH|${month}`, () => ({
      state: {
        allowanceKey: 'C-CRASH',
        month,
        usedBy: ['cr-crashed'],
        reservedAt: { 'cr-crashed': clock.now().toISOString() },
      },
      events: [],
    }));
    clock.advance(RESERVATION_GRACE_MS + 1000);
    const submitted = await http()
      .post('/change-requests')
      .set(bearer(tokens.carla!))
      .send({ elementId: 'SO-CRASH-10', ...quota(), submit: true });
    expect(submitted.status).toBe(202);
    expect(submitted.body.request.billing).toMatchObject({ billable: false, ordinal: 1 });
    const after = await usage.get(`C-CRASH|${month}`);
    expect(after!.state).toMatchObject({ usedBy: [submitted.body.id], reservedAt: {} });
  });
});
