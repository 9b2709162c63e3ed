import { randomUUID } from 'node:crypto';
import type { AnyEnvelope } from '@portal/contracts';
import type { RunningService } from '@portal/platform';
import { erpEvent, resellerWorld, TestEnv, until } from '@portal/platform/src/testing';
import { startSmtpCatcher, type SmtpCatcher } from '../src/dev/smtp-catcher';
import { notificationService } from '../src/service';

/** The one reseller rule (platform access/reseller.ts) at the notification edge: the customer's banners. */

describe('notification: the reseller of record sees its customers’ banners, nobody else on the partner does', () => {
  let env: TestEnv;
  let svc: RunningService;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
    env = await TestEnv.create('notification-reseller');
    svc = await env.start(notificationService, { extra: { SMTP_URL: smtp.smtpUrl } });
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  it('Given a renewal banner on a resold customer, When the partner-admin, a buyer of the partner and the partner on another customer look, Then 200 with the banner, 404, 404', async () => {
    const { partnerAdmin: paula, partnerBuyer: pete } = await resellerWorld(env, {
      customer: 'acc-rcust',
      stranger: 'acc-rstranger',
    });
    const notice = {
      ...erpEvent('RenewalNoticeDue', 'm-rs-1', 'acc-rcust', {
        membershipId: 'm-rs-1',
        vipId: 'VIP-RS-1',
        customerAccountId: 'acc-rcust',
        partnerAccountId: 'acc-partner',
        noticeKind: '30-days-before',
        anniversaryDate: '2027-12-22',
        accessRemovalDate: '2028-02-05',
        vipAdministratorUserIds: [],
        dueAt: new Date(),
      }),
      eventId: randomUUID(),
    } as AnyEnvelope;
    await env.publish([notice]);

    const seen: { key: string }[] = await until('the partner sees the banner', async () => {
      const res = await env.http(svc).get('/accounts/acc-rcust/banners').auth(paula, { type: 'bearer' });
      expect(res.status).toBe(200);
      return res.body.items.length > 0 && res.body.items;
    });
    expect(seen.map((b) => b.key)).toEqual(['vip-renewal:m-rs-1']);
    expect((await env.http(svc).get('/accounts/acc-rcust/banners').auth(pete, { type: 'bearer' })).status).toBe(404);
    expect((await env.http(svc).get('/accounts/acc-rstranger/banners').auth(paula, { type: 'bearer' })).status).toBe(
      404,
    );
  });
});
