import type { AnyEnvelope, EventPayloads } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { bearer, erpEvent, TestEnv, type TopicProbe } from '@portal/platform/src/testing';
import { changeTicketService } from '../src/service';

/** The one reseller rule (platform access/reseller.ts) at the change-ticket edge: partners act as requesters. */
const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });
const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function contract(accountId: string, contractNumber: string): AnyEnvelope {
  const payload: EventPayloads['ContractRecorded'] = {
    contractNumber,
    status: 'active',
    term: { startDate: '2026-01-01', endDate: '2028-12-31' },
    freeChangesPerMonth: 2,
    description: null,
    expiredAt: null,
    terminatedAt: null,
    revision: 1,
  };
  return erpEvent('ContractRecorded', contractNumber, accountId, payload) as AnyEnvelope;
}

function order(accountId: string, orderNumber: string, contractNumber: string): AnyEnvelope {
  const payload: EventPayloads['SalesOrderRecorded'] = {
    orderNumber,
    webOrderNumber: null,
    contractNumber,
    status: 'booked',
    exportHold: false,
    exportHoldReason: null,
    shipped: false,
    confirmed: false,
    cancelled: false,
    placedAt: new Date('2026-01-05T09:00:00Z'),
    shippedAt: null,
    confirmedAt: null,
    cancelledAt: null,
    currency: 'EUR',
    lines: [
      {
        lineNumber: 10,
        sku: 'FE-TENANT-M',
        kind: 'service',
        description: `${orderNumber} tenant`,
        quantity: 1,
        unitPrice: money(150000),
        serialNumbers: [],
      },
    ],
    lineWarranties: [],
    shipTo: { name: 'X', street: '1 rue', city: 'Paris', postalCode: '75002', country: 'FR', region: null },
    term: null,
    resellerAccountId: null,
    upgradeRequestId: null,
    purchaseAuthorizationId: null,
    revision: 1,
  };
  return erpEvent('SalesOrderRecorded', orderNumber, accountId, payload) as AnyEnvelope;
}

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
    await env.account('acc-cust', { resellerAccountIds: ['acc-partner'] });
    await env.account('acc-stranger', { resellerAccountIds: ['acc-other-partner'] });
    paula = await env.tokenFor({
      userId: 'u-paula',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'partner-admin')],
    });
    pete = await env.tokenFor({
      userId: 'u-pete',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'buyer')],
    });
    cara = await env.tokenFor({
      userId: 'u-cara',
      homeAccountId: 'acc-stranger',
      grants: [{ accountId: 'acc-stranger', role: 'visitor', contractNumber: null, section: 'requests' }],
    });
    await env.publish([
      contract('acc-cust', 'C-RC'),
      order('acc-cust', 'SO-RC', 'C-RC'),
      contract('acc-stranger', 'C-RS'),
      order('acc-stranger', 'SO-RS', 'C-RS'),
    ]);
    for (const [element, token] of [
      ['SO-RC-10', paula],
      ['SO-RS-10', cara],
    ] as const) {
      const deadline = Date.now() + 30_000;
      while ((await http().get(`/elements/${element}`).set(bearer(token))).status !== 200) {
        if (Date.now() > deadline) throw new Error(`element ${element} never projected`);
        await new Promise((r) => setTimeout(r, 100));
      }
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
