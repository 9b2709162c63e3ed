import { ManualClock } from '@portal/platform';
import { TestEnv, until, type TopicProbe } from '@portal/platform/src/testing';
import { licensingService } from '../src/service';
import { grant } from './support';

describe('time in a demo: the business clock moved forward on a running service (real Kafka + database)', () => {
  let env: TestEnv;
  let probe: TopicProbe;

  beforeAll(async () => {
    env = await TestEnv.create('licensing-demo-clock');
    probe = env.probe('licensing.events.v1');
  });

  afterAll(async () => {
    await env?.close();
  });

  it('Given a demo platform and a pending purchase authorization, When the staff moves the clock 15 days on, Then the PA expires and the membership is late without anyone calling the scheduler', async () => {
    const svc = await env.start(licensingService, { clock: new ManualClock('2026-11-22T09:00:00Z'), demoMode: true });
    await env.account('acc-demo', { resellerAccountIds: ['acc-partner'] });
    const paula = await env.tokenFor({
      userId: 'u-paula',
      email: 'paula.partner@reseller.example',
      homeAccountId: 'acc-partner',
      grants: [grant('acc-partner', 'partner-admin')],
    });
    const staff = await env.tokenFor({ userId: 'u-ivan', homeAccountId: 'vendor', userType: 'internal' });
    const invited = await env.http(svc).post('/vip-memberships').auth(paula, { type: 'bearer' }).send({
      customerAccountId: 'acc-demo',
      partnerAccountId: 'acc-partner',
      program: 'vip',
      anniversaryDate: '2027-06-30',
    });
    expect(invited.status).toBe(201);
    const membershipId = invited.body.membershipId as string;
    const pa = await env
      .http(svc)
      .post(`/vip-memberships/${membershipId}/purchase-authorizations`)
      .auth(paula, { type: 'bearer' })
      .send({ licenseType: 'team', products: [{ sku: 'ACRO-PRO-TEAM', quantity: 3 }], deploymentDate: '2026-12-01' });
    expect(pa.status).toBe(201);

    // When an external user or a bad duration tries, nothing moves
    const refused = await env
      .http(svc)
      .post('/internal/clock')
      .auth(paula, { type: 'bearer' })
      .send({ advance: '15d' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('INTERNAL_USERS_ONLY');
    const bad = await env.http(svc).post('/internal/clock').auth(staff, { type: 'bearer' }).send({ advance: '-3d' });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('FIELD_INVALID');

    // When the staff moves the business clock
    const moved = await env.http(svc).post('/internal/clock').auth(staff, { type: 'bearer' }).send({ advance: '15d' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ now: '2026-12-07T09:00:00.000Z', offsetMs: 15 * 86_400_000, demoMode: true });

    // Then the 14-day rule fired: the PA expired and the membership is late, seen on the topic and at the edge
    await probe.waitFor((e) => e.eventType === 'PurchaseAuthorizationExpired' && e.aggregateId === membershipId);
    const late = await probe.waitFor(
      (e) => e.eventType === 'MembershipStatusChanged' && e.aggregateId === membershipId,
    );
    expect(late.payload).toMatchObject({ to: 'late' });
    await until(`${membershipId} late at the edge`, async () => {
      const view = await env.http(svc).get(`/vip-memberships/${membershipId}`).auth(paula, { type: 'bearer' });
      return view.body.status === 'late';
    });
    const clock = await env.http(svc).get('/internal/clock').auth(staff, { type: 'bearer' });
    expect(clock.body.now >= '2026-12-07T09:00:00.000Z').toBe(true);
    await env.stop(svc);
  });

  it('Given a platform that is not a demo, When the staff asks to move the clock, Then it is refused with DEMO_MODE_REQUIRED', async () => {
    const svc = await env.start(licensingService, {
      database: `${env.topicPrefix.replace(/\.$/, '')}-licensing-nodemo`.slice(0, 60),
    });
    const staff = await env.tokenFor({ userId: 'u-otto', homeAccountId: 'vendor', userType: 'internal' });
    const res = await env.http(svc).post('/internal/clock').auth(staff, { type: 'bearer' }).send({ advance: '15d' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('DEMO_MODE_REQUIRED');
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const doc = await env.http(svc).get('/openapi.json');
    expect(doc.body.paths['/internal/clock'].post.responses['403']).toBeDefined();
  });
});
