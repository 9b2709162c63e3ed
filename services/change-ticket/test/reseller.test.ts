import type { RunningService } from '@portal/platform';
import { bearer, resellerWorld, TestEnv, type TopicProbe, until } from '@portal/platform/src/testing';
import { changeTicketService } from '../src/service';
import { contractRecorded, salesOrderRecorded } from './order-snapshots';

/** The one reseller rule (platform access/reseller.ts) at the change-ticket edge: partners act as requesters. */
describe('change-ticket: a reseller acts for the customers it resells to, as a requester', () => {
  let env: TestEnv;
  let svc: RunningService;
  let changes: TopicProbe;
  let paula: string;
  let pete: string;
  let cara: string;
  const http = () => env.http(svc);

  beforeAll(async () => {
    env = await TestEnv.create('change-reseller');
    svc = await env.start(changeTicketService);
    changes = env.probe('change.events.v1');
    ({ partnerAdmin: paula, partnerBuyer: pete } = await resellerWorld(env, {
      customer: 'acc-cust',
      stranger: 'acc-stranger',
    }));
    cara = await env.tokenFor({
      userId: 'u-cara',
      homeAccountId: 'acc-stranger',
      grants: [{ accountId: 'acc-stranger', role: 'visitor', contractNumber: null, section: 'requests' }],
    });
    await env.publish([
      contractRecorded('C-RC', 2, 'acc-cust'),
      salesOrderRecorded('SO-RC', 'C-RC', 'acc-cust'),
      contractRecorded('C-RS', 2, 'acc-stranger'),
      salesOrderRecorded('SO-RS', 'C-RS', 'acc-stranger'),
    ]);
    // The element is stored before its perimeter is indexed: wait until both are readable.
    for (const [element, perimeter, token] of [
      ['SO-RC-10', 'C-RC', paula],
      ['SO-RS-10', 'C-RS', cara],
    ] as const) {
      await until(`element ${element} projected`, async () => {
        const found = await http().get(`/elements/${element}`).set(bearer(token));
        const perimeters = await http().get('/perimeters').set(bearer(token));
        return found.status === 200 && perimeters.body.items?.some((p: { id: string }) => p.id === perimeter);
      });
    }
  });
  afterAll(() => env?.close());

  it('Given partner-admin of the reseller of record, When it opens a change request for its customer, Then 202 and it is submitted on the customer’s account', async () => {
    const perimeters = await http().get('/perimeters').set(bearer(paula));
    expect(perimeters.body.items.map((p: { accountId: string }) => p.accountId)).toEqual(['acc-cust']);
    const created = await http()
      .post('/change-requests')
      .set(bearer(paula))
      .send({
        elementId: 'SO-RC-10',
        catalogId: 'standard',
        categoryId: 'quota-changes',
        articleId: 'change-quota',
        fields: { resource: 'vcpus', newQuota: 32 },
        submit: true,
      });
    expect(created.status).toBe(202);
    const submitted = await changes.waitFor(
      (e) => e.eventType === 'ChangeRequestSubmitted' && e.aggregateId === created.body.id,
    );
    expect(submitted.accountId).toBe('acc-cust');
    expect((await http().get(`/change-requests/${created.body.id}`).set(bearer(paula))).status).toBe(200);
  });

  it('Given a customer it does not resell to, or another role on the partner account, When asked, Then 404', async () => {
    expect((await http().get('/elements/SO-RS-10').set(bearer(paula))).status).toBe(404);
    const foreign = await http()
      .post('/change-requests')
      .set(bearer(paula))
      .send({ elementId: 'SO-RS-10', reference: 'nope' });
    expect(foreign.status).toBe(404);
    expect((await http().get('/elements/SO-RC-10').set(bearer(pete))).status).toBe(404);
    expect((await http().get('/perimeters').set(bearer(pete))).body.items).toEqual([]);
  });
});
