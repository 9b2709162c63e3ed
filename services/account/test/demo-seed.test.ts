import type { Envelope } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { bearer, TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { demoSeedEvents, demoUsers } from '../src/demo-seed';
import { accountService } from '../src/service';

describe('account service demo seed (DEMO_SEED=true)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let events: TopicProbe;

  beforeAll(async () => {
    env = await TestEnv.create('account-seed');
    svc = await env.start(accountService, { demoSeed: true });
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

    await until('u-sam projected', () => svc.kit.access.principal('u-sam'));
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
    // Every event of the seed went out once: as many as the seed decides.
    const seeded = demoSeedEvents(new Date()).length;
    await until('every seed event on the topic', async () => events.events.length >= seeded);
    await env.stop(svc);
    svc = await env.start(accountService, { demoSeed: true });
    // The seed is decided during start (nothing to do now); a later change of a seeded account goes out after
    // anything the restarted relay would publish for that account (same key, same partition).
    await until('u-otto projected', () => svc.kit.access.principal('u-otto'));
    const staff = await env.idp.mint({ sub: 'u-otto', email: 'otto.operator@vendor.example', userType: 'internal' });
    const sso = {
      enabled: true,
      idpEntityId: 'https://idp.acme.example',
      idpMetadataUrl: 'https://idp.acme.example/md',
    };
    expect((await env.http(svc).put('/accounts/acc-acme/sso').set(bearer(staff)).send(sso)).status).toBe(200);
    await events.waitFor((e) => e.eventType === 'SsoSettingsChanged' && e.aggregateId === 'acc-acme');
    expect(events.events.length).toBe(seeded + 1);
    expect(new Set(events.events.map((e) => e.eventId)).size).toBe(seeded + 1);
  });
});
