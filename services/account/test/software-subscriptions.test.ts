import type { AnyEnvelope, Envelope } from '@portal/contracts';
import { ManualClock, type RunningService } from '@portal/platform';
import { bearer, erpEvent, TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { accountService } from '../src/service';
import { orderRecorded } from '@portal/platform/src/testing';

const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });
type Item = {
  subscriptionId: string;
  quantity: number;
  autoRenew: boolean;
  status: string;
  pendingChange: unknown;
  lastAnswer: { outcome: string; reason: string | null } | null;
};

describe('account: software subscriptions managed through the ERP, pending until it answers (real Kafka + FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let events: TopicProbe;
  let bea: string;
  let paula: string;
  const http = () => env.http(svc);

  const subscription = (token: string, check: (s: Item) => boolean): Promise<Item> =>
    until('the subscription in the expected state', async () => {
      const res = await http().get('/accounts/acc-us/software-subscriptions').set(bearer(token));
      const found = (res.body.items as Item[] | undefined)?.find((s) => s.subscriptionId === 'SO-SUB-1-2');
      return found && check(found) && found;
    });

  beforeAll(async () => {
    env = await TestEnv.create('account-subscriptions');
    svc = await env.start(accountService, { clock: new ManualClock('2026-11-20T09:00:00Z') });
    events = env.probe('account.events.v1');
    const staff = await env.tokenFor({ userId: 'u-otto', userType: 'internal', homeAccountId: 'vendor', grants: [] });
    for (const body of [
      { accountId: 'acc-partner', name: 'Reseller Partners', country: 'FR', accountType: 'partner' },
      {
        accountId: 'acc-us',
        name: 'Acme Inc',
        country: 'US',
        accountType: 'business',
        resellerAccountIds: ['acc-partner'],
      },
      { accountId: 'acc-us2', name: 'Other Inc', country: 'US', accountType: 'business' },
    ])
      expect((await http().post('/accounts').set(bearer(staff)).send(body)).status).toBe(201);
    bea = await env.tokenFor({ userId: 'u-bea', homeAccountId: 'acc-us', grants: [grant('acc-us', 'buyer')] });
    paula = await env.tokenFor({
      userId: 'u-paula',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'partner-admin')],
    });
    const line = {
      kind: 'subscription' as const,
      quantity: 10,
      unitPrice: { amountMinor: 1200, currency: 'USD' },
      serialNumbers: [],
    };
    await env.publish([
      orderRecorded('acc-us', {
        orderNumber: 'SO-SUB-1',
        currency: 'USD',
        term: { startDate: '2026-11-01', endDate: '2027-10-31' },
        lines: [{ ...line, lineNumber: 2, sku: 'SUB-M365', description: 'Office suite' }],
      }),
      orderRecorded('acc-us2', {
        orderNumber: 'SO-SUB-2',
        currency: 'USD',
        term: { startDate: '2026-11-01', endDate: '2027-10-31' },
        lines: [{ ...line, lineNumber: 1, sku: 'SUB-M365', description: 'Office suite' }],
      }),
    ] as AnyEnvelope[]);
    await subscription(bea, (s) => s.quantity === 10);
  });
  afterAll(() => env?.close());

  it('Given a US subscription, When the buyer changes its quantity and the ERP confirms, Then it is pending, then applied, each step on the topic', async () => {
    const asked = await http()
      .post('/accounts/acc-us/software-subscriptions/SO-SUB-1-2/changes')
      .set(bearer(bea))
      .send({ change: 'quantity', quantity: 25 });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ quantity: 10, pendingChange: { change: 'quantity', quantity: 25 } });
    const command = await events.waitFor<Envelope<'SubscriptionChangeRequested'>>(
      (e) => e.eventType === 'SubscriptionChangeRequested' && e.aggregateId === 'SO-SUB-1-2',
    );
    const busy = await http()
      .post('/accounts/acc-us/software-subscriptions/SO-SUB-1-2/changes')
      .set(bearer(bea))
      .send({ change: 'cancel' });
    expect(busy.status).toBe(409);
    expect(busy.body.code).toBe('SUBSCRIPTION_CHANGE_PENDING');

    await env.publish([
      erpEvent('SubscriptionChangeConfirmed', 'SO-SUB-1', 'acc-us', {
        changeId: command.payload.changeId,
        orderNumber: 'SO-SUB-1',
        lineNumber: 2,
        quantity: 25,
        autoRenew: true,
        cancelled: false,
        confirmedAt: new Date(),
      }),
    ] as AnyEnvelope[]);
    const applied = await subscription(bea, (s) => s.pendingChange === null);
    expect(applied).toMatchObject({ quantity: 25, lastAnswer: { outcome: 'confirmed' } });
    const changed = await events.waitFor<Envelope<'SubscriptionChanged'>>(
      (e) => e.eventType === 'SubscriptionChanged' && e.payload.changeId === command.payload.changeId,
    );
    expect(changed.payload).toMatchObject({ outcome: 'confirmed', quantity: 25, requestedBy: 'u-bea' });
  });

  it('Given the reseller of record, When it cancels for its customer and the ERP refuses, Then the refusal and its reason show; a partner elsewhere gets 404', async () => {
    const asked = await http()
      .post('/accounts/acc-us/software-subscriptions/SO-SUB-1-2/changes')
      .set(bearer(paula))
      .send({ change: 'cancel' });
    expect(asked.status).toBe(202);
    const command = await events.waitFor<Envelope<'SubscriptionChangeRequested'>>(
      (e) => e.eventType === 'SubscriptionChangeRequested' && e.payload.change === 'cancel',
    );
    expect(command.payload.requestedBy).toBe('u-paula');
    await env.publish([
      erpEvent('SubscriptionChangeRejected', 'SO-SUB-1', 'acc-us', {
        changeId: command.payload.changeId,
        orderNumber: 'SO-SUB-1',
        lineNumber: 2,
        reason: 'licences in use',
        rejectedAt: new Date(),
      }),
    ] as AnyEnvelope[]);
    const refused = await subscription(paula, (s) => s.lastAnswer?.outcome === 'rejected');
    expect(refused).toMatchObject({ status: 'active', pendingChange: null, lastAnswer: { reason: 'licences in use' } });

    const foreign = await http()
      .post('/accounts/acc-us2/software-subscriptions/SO-SUB-2-1/changes')
      .set(bearer(paula))
      .send({ change: 'auto-renew', autoRenew: false });
    expect(foreign.status).toBe(404);
    const bad = await http()
      .post('/accounts/acc-us/software-subscriptions/SO-SUB-1-2/changes')
      .set(bearer(bea))
      .send({ change: 'quantity', quantity: -1 });
    expect(bad.status).toBe(400);
  });
});
