import type { Envelope } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { bearer, TestEnv, type TopicProbe } from '@portal/platform/src/testing';
import { demoUsers } from '../src/demo-seed';
import { accountService } from '../src/service';

describe('account service demo seed (ACCOUNT_DEMO_SEED=true)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let events: TopicProbe;

  beforeAll(async () => {
    env = await TestEnv.create('account-seed');
    svc = await env.start(accountService, { extra: { ACCOUNT_DEMO_SEED: 'true' } });
    events = env.probe('account.events.v1');
  });
  afterAll(() => env.close());

  it('Given a start with the demo seed, When the outbox is relayed, Then every demo account and user is published and projected', async () => {
    for (const accountId of ['vendor', 'acc-partner', 'acc-acme', 'acc-nordic', 'acc-us']) {
      await events.waitFor((e) => e.eventType === 'AccountCreated' && e.aggregateId === accountId);
    }
    const sam = await events.waitFor<Envelope<'GrantsChanged'>>(
      (e) => e.eventType === 'GrantsChanged' && e.aggregateId === 'u-sam',
    );
    expect(sam.payload.user).toMatchObject({
      version: 2,
      status: 'active',
      locale: 'fr-FR',
      homeAccountId: 'acc-acme',
    });
    for (const { invite } of demoUsers)
      await events.waitFor((e) => e.eventType === 'GrantsChanged' && e.aggregateId === invite.userId);

    for (let i = 0; i < 100 && !(await svc.kit.access.principal('u-sam')); i++)
      await new Promise((r) => setTimeout(r, 100));
    const token = await env.idp.mint({ sub: 'u-sam', email: 'sam.admin@acme.example', userType: 'external' });
    const home = await env.http(svc).get('/me').set(bearer(token));
    expect(home.body).toMatchObject({
      account: { accountId: 'acc-acme', name: 'Acme SAS', accountType: 'premier' },
      roles: ['site-admin', 'vip-admin'],
    });
    const overview = await env.http(svc).get('/accounts/current/overview').set(bearer(token));
    expect(overview.body).toMatchObject({ addressBook: { count: 2 }, quotes: { count: 1 } });
  });

  it('Given the seed was applied, When the service restarts with it again, Then nothing is published twice', async () => {
    // The seed's last events may still be on their way: count once the topic has been quiet for a second.
    let before = -1;
    while (before !== events.events.length) {
      before = events.events.length;
      await new Promise((r) => setTimeout(r, 1000));
    }
    await env.stop(svc);
    svc = await env.start(accountService, { extra: { ACCOUNT_DEMO_SEED: 'true' } });
    await new Promise((r) => setTimeout(r, 1500));
    expect(events.events.length).toBe(before);
    expect(new Set(events.events.map((e) => e.eventId)).size).toBe(before);
  });
});
