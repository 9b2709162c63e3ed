import { randomUUID } from 'node:crypto';
import type { AnyEnvelope, EventPayloads, EventType, Grant } from '@portal/contracts';
import { ManualClock, type RunningService } from '@portal/platform';
import { erpEvent, TestEnv, type TopicProbe, until } from '@portal/platform/src/testing';
import { startSmtpCatcher, type SmtpCatcher } from '../src/dev/smtp-catcher';
import { deliveryId } from '../src/domain/deliveries';
import { notificationService } from '../src/service';

/**
 * The notification service against a real Kafka broker, a real MongoDB-compatible database and a real SMTP
 * server on loopback (the dev catcher). Each scenario uses its own account so they do not see each other.
 */
jest.setTimeout(120_000);

const grant = (accountId: string, role: string): Grant => ({ accountId, role, contractNumber: null, section: null });
const event = <T extends EventType>(
  type: T,
  aggregateId: string,
  accountId: string,
  payload: EventPayloads[T],
  clock: ManualClock,
): AnyEnvelope =>
  ({ ...erpEvent(type, aggregateId, accountId, payload, clock.now()), eventId: randomUUID() }) as AnyEnvelope;

const renewalNotice = (accountId: string, membershipId: string, admins: string[], clock: ManualClock) =>
  event(
    'RenewalNoticeDue',
    membershipId,
    accountId,
    {
      membershipId,
      vipId: `VIP-${membershipId}`,
      customerAccountId: accountId,
      partnerAccountId: 'acc-reseller',
      noticeKind: '30-days-before',
      anniversaryDate: '2026-12-22',
      accessRemovalDate: '2027-02-05',
      vipAdministratorUserIds: admins,
      dueAt: clock.now(),
    },
    clock,
  );

describe('notification service (real Kafka, database and SMTP server)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let smtp: SmtpCatcher;
  let probe: TopicProbe;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    smtp = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
    env = await TestEnv.create('notification');
    svc = await env.start(notificationService, {
      clock,
      extra: { SMTP_URL: smtp.smtpUrl, PORTAL_URL: 'https://portal.example', EMAIL_RETRY_DELAYS_MS: '60000,300000' },
    });
    probe = env.probe('notification.events.v1');
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });
  beforeEach(() => smtp.refuseWhen(null));

  const mailsTo = (address: string) => smtp.mails.filter((m) => m.envelopeTo.includes(address));
  const sentFor = (sourceEventId: string) =>
    probe.events.filter(
      (e) =>
        e.eventType === 'NotificationSent' && (e.payload as { sourceEventId: string }).sourceEventId === sourceEventId,
    );

  it('Given three VIP administrators in three locales When a renewal notice is due Then each gets one e-mail in their language, an inbox item, and the account shows the renewal banner; a replay sends nothing new', async () => {
    const acc = 'acc-vip-renewal';
    const fr = await env.tokenFor({
      userId: 'u-vip-fr',
      email: 'elodie@vip.example',
      displayName: 'Élodie',
      locale: 'fr-FR',
      homeAccountId: acc,
      grants: [grant(acc, 'vip-admin')],
    });
    await env.tokenFor({
      userId: 'u-vip-sv',
      email: 'sven@vip.example',
      displayName: 'Sven',
      locale: 'sv-SE',
      homeAccountId: acc,
      grants: [grant(acc, 'vip-admin')],
    });
    await env.tokenFor({
      userId: 'u-vip-de',
      email: 'dieter@vip.example',
      displayName: 'Dieter',
      locale: 'de-DE',
      homeAccountId: acc,
      grants: [grant(acc, 'vip-admin')],
    });
    const buyer = await env.tokenFor({
      userId: 'u-vip-buyer',
      email: 'bob@vip.example',
      homeAccountId: acc,
      grants: [grant(acc, 'buyer')],
    });
    await env.account(acc, { name: 'Acme VIP SA' });

    const notice = renewalNotice(acc, 'm-renew-1', ['u-vip-fr'], clock);
    await env.publish([notice]);

    await until(
      'three renewal e-mails',
      async () => smtp.mails.filter((m) => m.subject.includes('VIP-m-renew-1')).length >= 3,
    );
    const [toFr] = mailsTo('elodie@vip.example');
    expect(toFr!.subject).toBe('Votre adhésion VIP VIP-m-renew-1 se renouvelle le 22 décembre 2026');
    expect(toFr!.text).toContain('Bonjour Élodie');
    expect(toFr!.html).toContain('<strong>VIP-m-renew-1</strong>');
    expect(toFr!.text).toContain('Acme VIP SA');
    expect(toFr!.messageId).toBe(`<${deliveryId(notice.eventId, 'u-vip-fr', 'email')}@notification.portal>`);
    expect(mailsTo('sven@vip.example').map((m) => m.subject)).toEqual([
      'Ditt VIP-medlemskap VIP-m-renew-1 ska förlängas 22 december 2026',
    ]);
    expect(mailsTo('dieter@vip.example').map((m) => m.subject)).toEqual([
      'Your VIP membership VIP-m-renew-1 renews on December 22, 2026',
    ]);
    expect(mailsTo('bob@vip.example')).toEqual([]);

    // notification.events.v1 records 3 e-mails, 3 inbox items and the banner.
    await until('7 NotificationSent', async () => sentFor(notice.eventId).length >= 7);
    const channels = sentFor(notice.eventId)
      .map((e) => (e.payload as { channel: string }).channel)
      .sort();
    expect(channels).toEqual(['banner', 'email', 'email', 'email', 'inbox', 'inbox', 'inbox']);

    const banners = await env.http(svc).get(`/accounts/${acc}/banners`).auth(fr, { type: 'bearer' }).expect(200);
    expect(banners.body.items).toEqual([
      expect.objectContaining({
        key: 'vip-renewal:m-renew-1',
        locale: 'fr-FR',
        severity: 'warning',
        title: 'Adhésion VIP VIP-m-renew-1 : renouvellement à effectuer',
      }),
    ]);
    // The buyer is not in the banner's audience.
    expect(
      (await env.http(svc).get(`/accounts/${acc}/banners`).auth(buyer, { type: 'bearer' }).expect(200)).body.items,
    ).toEqual([]);

    // Replay the very same event, then a later event on the same key: once that one is handled, the replay was too.
    await env.publish([notice]);
    const marker = event(
      'RenewalBannerChanged',
      'm-renew-1',
      acc,
      {
        membershipId: 'm-renew-1',
        vipId: 'VIP-m-renew-1',
        customerAccountId: acc,
        state: 'overdue',
        anniversaryDate: '2026-12-22',
        changedAt: clock.now(),
      },
      clock,
    );
    await env.publish([marker]);
    await until('the marker event handled', async () => sentFor(marker.eventId).length >= 1);
    // The replay was handled before the marker (same key); whatever it planned that is due has now run.
    await svc.kit.scheduler.runDue();
    expect(smtp.mails.filter((m) => m.subject.includes('VIP-m-renew-1'))).toHaveLength(3);
    expect(sentFor(notice.eventId)).toHaveLength(7);
    const inbox = await env.http(svc).get('/inbox').auth(fr, { type: 'bearer' }).expect(200);
    expect(inbox.body.items).toHaveLength(1);
    // The overdue state refreshed the same banner (now critical), it did not add a second one.
    const refreshed = await env.http(svc).get(`/accounts/${acc}/banners`).auth(fr, { type: 'bearer' }).expect(200);
    expect(refreshed.body.items.map((b: { severity: string }) => b.severity)).toEqual(['critical']);
  });

  it('Given an SMTP server that refuses the first attempt When an invitation is sent Then it is retried after the backoff and exactly one mail is delivered', async () => {
    const acc = 'acc-retry';
    await env.tokenFor({ userId: 'u-retry-admin', homeAccountId: acc, grants: [grant(acc, 'site-admin')] });
    const refusedBefore = smtp.refused;
    let refusedOnce = false;
    smtp.refuseWhen(() => {
      if (refusedOnce) return null;
      refusedOnce = true;
      return { code: 451, message: 'greylisted, try again later' };
    });
    const invite = event(
      'UserInvited',
      'u-invitee',
      acc,
      {
        user: {
          version: 1,
          userId: 'u-invitee',
          email: 'ingrid@retry.example',
          displayName: 'Ingrid',
          locale: 'sv-SE',
          userType: 'external',
          homeAccountId: acc,
          status: 'invited',
          grants: [grant(acc, 'buyer')],
        },
        invitedBy: 'u-retry-admin',
      },
      clock,
    );
    await env.publish([invite]);
    const id = deliveryId(invite.eventId, 'u-invitee', 'email');
    const store = svc.kit.db.collection('deliveries');
    await until(
      'the first attempt to fail',
      async () => ((await store.findOne({ _id: id as never }))?.attempts as number) === 1,
    );
    expect(smtp.refused).toBe(refusedBefore + 1);
    const pending = await store.findOne({ _id: id as never });
    expect(pending).toMatchObject({ status: 'pending', lastError: expect.stringContaining('451') });
    expect((pending!.nextAttemptAt as Date).getTime() - clock.now().getTime()).toBeGreaterThan(50_000);
    expect(mailsTo('ingrid@retry.example')).toEqual([]);

    clock.advance(60_000);
    await until('the retry to be delivered', async () => mailsTo('ingrid@retry.example').length === 1);
    await until('the delivery to be sent', async () => (await store.findOne({ _id: id as never }))?.status === 'sent');
    expect(await store.findOne({ _id: id as never })).toMatchObject({ attempts: 2, lastError: null });
    expect(mailsTo('ingrid@retry.example')[0]!.subject).toBe('Du har bjudits in till portalen för acc-retry');
    await probe.waitFor((e) => e.eventType === 'NotificationSent' && e.aggregateId === id);
    await svc.kit.scheduler.runDue(); // every attempt due by now has run: a second send would be in
    expect(mailsTo('ingrid@retry.example')).toHaveLength(1);
  });

  it('Given an SMTP server that always refuses When the attempts are used up Then the delivery is failed, published as NotificationFailed and listed for the site admin', async () => {
    const acc = 'acc-failing';
    const admin = await env.tokenFor({
      userId: 'u-fail-admin',
      email: 'fay@failing.example',
      homeAccountId: acc,
      grants: [grant(acc, 'site-admin')],
    });
    const other = await env.tokenFor({
      userId: 'u-fail-other',
      homeAccountId: 'acc-elsewhere',
      grants: [grant('acc-elsewhere', 'site-admin')],
    });
    smtp.refuseWhen(() => ({ code: 421, message: 'service not available' }));
    const overdue = event(
      'InvoiceOverdue',
      'INV-FAIL-1',
      acc,
      {
        invoiceNumber: 'INV-FAIL-1',
        orderNumber: null,
        dueOn: '2026-10-31',
        amount: { amountMinor: 125000, currency: 'EUR' },
      },
      clock,
    );
    await env.publish([overdue]);
    const id = deliveryId(overdue.eventId, 'u-fail-admin', 'email');
    const store = svc.kit.db.collection('deliveries');
    for (const expected of [1, 2]) {
      await until(
        `attempt ${expected}`,
        async () => ((await store.findOne({ _id: id as never }))?.attempts as number) === expected,
      );
      clock.advance(expected === 1 ? 60_000 : 300_000);
    }
    const failed = await probe.waitFor((e) => e.eventType === 'NotificationFailed' && e.aggregateId === id, 30_000);
    expect(failed.payload).toMatchObject({
      attempts: 3,
      channel: 'email',
      recipientUserId: 'u-fail-admin',
      sourceEventType: 'InvoiceOverdue',
      category: 'billing',
    });

    const list = await env
      .http(svc)
      .get(`/accounts/${acc}/deliveries?status=failed`)
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id,
        status: 'failed',
        attempts: 3,
        channel: 'email',
        lastError: expect.stringContaining('421'),
      }),
    ]);
    await env.http(svc).get(`/accounts/${acc}/deliveries`).auth(other, { type: 'bearer' }).expect(404);
    await env.http(svc).get(`/deliveries/${id}`).auth(other, { type: 'bearer' }).expect(404);
    // The inbox channel does not depend on SMTP: the admin still has the notice in the portal.
    const inbox = await env.http(svc).get('/inbox').auth(admin, { type: 'bearer' }).expect(200);
    expect(inbox.body.items.map((i: { title: string }) => i.title)).toEqual(['Invoice INV-FAIL-1 overdue']);
  });

  it('Given a VIP administrator who opted out of licensing news When the membership is renewed Then they get nothing of it, the other one does, mandatory categories cannot be turned off, and the banner goes', async () => {
    const acc = 'acc-optout';
    const quiet = await env.tokenFor({
      userId: 'u-quiet',
      email: 'quiet@optout.example',
      homeAccountId: acc,
      grants: [grant(acc, 'vip-admin')],
    });
    await env.tokenFor({
      userId: 'u-loud',
      email: 'loud@optout.example',
      homeAccountId: acc,
      grants: [grant(acc, 'vip-admin')],
    });

    const refused = await env
      .http(svc)
      .put('/me/notification-preferences')
      .auth(quiet, { type: 'bearer' })
      .send({ optedOut: ['vip-renewals'] })
      .expect(422);
    expect(refused.body.code).toBe('CATEGORY_MANDATORY');
    const saved = await env
      .http(svc)
      .put('/me/notification-preferences')
      .auth(quiet, { type: 'bearer' })
      .send({ optedOut: ['licensing'] })
      .expect(200);
    expect(saved.body.categories).toEqual(
      expect.arrayContaining([{ id: 'licensing', description: expect.any(String), mandatory: false, enabled: false }]),
    );

    const notice = renewalNotice(acc, 'm-opt-1', [], clock);
    await env.publish([notice]);
    await until(
      'the mandatory notice to both',
      async () => mailsTo('quiet@optout.example').length === 1 && mailsTo('loud@optout.example').length === 1,
    );
    expect(
      (await env.http(svc).get(`/accounts/${acc}/banners`).auth(quiet, { type: 'bearer' }).expect(200)).body.items,
    ).toHaveLength(1);

    const renewed = event(
      'MembershipRenewed',
      'm-opt-1',
      acc,
      {
        membershipId: 'm-opt-1',
        vipId: 'VIP-m-opt-1',
        customerAccountId: acc,
        renewalId: 'ren-1',
        previousAnniversaryDate: '2026-12-22',
        anniversaryDate: '2027-12-22',
        products: [{ sku: 'ACRO', quantity: 5 }],
        early: true,
        orderNumber: null,
        renewedAt: clock.now(),
      },
      clock,
    );
    await env.publish([renewed]);
    await until('the renewal confirmation to the other admin', async () => mailsTo('loud@optout.example').length === 2);
    await until('all NotificationSent of the renewal', async () => sentFor(renewed.eventId).length >= 3); // banner clear + loud e-mail + loud inbox
    expect(
      sentFor(renewed.eventId)
        .map((e) => (e.payload as { recipientUserId: string | null }).recipientUserId)
        .sort(),
    ).toEqual([null, 'u-loud', 'u-loud'].sort());
    expect(mailsTo('quiet@optout.example')).toHaveLength(1);
    expect(
      (await env.http(svc).get(`/accounts/${acc}/banners`).auth(quiet, { type: 'bearer' }).expect(200)).body.items,
    ).toEqual([]);
  });

  it("Given inbox items of two users When they read their inbox Then each sees only their own, marks it read, and another user's item answers 404", async () => {
    const acc = 'acc-inbox';
    const ann = await env.tokenFor({ userId: 'u-ann', homeAccountId: acc, grants: [grant(acc, 'site-admin')] });
    const ben = await env.tokenFor({ userId: 'u-ben', homeAccountId: acc, grants: [grant(acc, 'buyer')] });
    const doc = event(
      'DocumentPublished',
      'doc-77',
      acc,
      {
        documentId: 'doc-77',
        title: 'Q4 quote',
        kind: 'quote',
        url: 'https://docs.example/77',
        validUntil: '2026-12-31',
        publishedBy: 'u-am',
      },
      clock,
    );
    await env.publish([doc]);
    await until('the inbox item', async () => sentFor(doc.eventId).length >= 1);

    const list = await env.http(svc).get('/inbox?unread=true').auth(ann, { type: 'bearer' }).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ title: 'New document: Q4 quote', readAt: null, eventType: 'DocumentPublished' }),
    ]);
    const itemId = list.body.items[0].id as string;
    expect((await env.http(svc).get('/inbox/unread-count').auth(ann, { type: 'bearer' }).expect(200)).body).toEqual({
      unread: 1,
    });

    await env.http(svc).get(`/inbox/${itemId}`).auth(ben, { type: 'bearer' }).expect(404);
    const probeRead = await env.http(svc).post(`/inbox/${itemId}/read`).auth(ben, { type: 'bearer' }).expect(404);
    expect(probeRead.body.code).toBe('NOT_FOUND');
    expect((await env.http(svc).get('/inbox').auth(ben, { type: 'bearer' }).expect(200)).body.items).toEqual([]);

    const read = await env.http(svc).post(`/inbox/${itemId}/read`).auth(ann, { type: 'bearer' }).expect(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await env.http(svc).post(`/inbox/${itemId}/read`).auth(ann, { type: 'bearer' }).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await env.http(svc).get('/inbox/unread-count').auth(ann, { type: 'bearer' }).expect(200)).body).toEqual({
      unread: 0,
    });

    const second = event(
      'DocumentPublished',
      'doc-78',
      acc,
      {
        documentId: 'doc-78',
        title: 'Guide',
        kind: 'guide',
        url: 'https://docs.example/78',
        validUntil: null,
        publishedBy: 'u-am',
      },
      clock,
    );
    clock.advance(1000); // newest first: the second item is created a second later
    await env.publish([second]);
    await until('the second inbox item', async () => sentFor(second.eventId).length >= 1);
    expect((await env.http(svc).get('/inbox/unread-count').auth(ann, { type: 'bearer' }).expect(200)).body).toEqual({
      unread: 1,
    });
    expect((await env.http(svc).post('/inbox/read-all').auth(ann, { type: 'bearer' }).expect(200)).body).toEqual({
      marked: 1,
      remaining: 0,
    });
    const all = await env.http(svc).get('/inbox').auth(ann, { type: 'bearer' }).expect(200);
    expect(all.body.items.map((i: { title: string; readAt: string | null }) => [i.title, i.readAt !== null])).toEqual([
      ['New document: Guide', true],
      ['New document: Q4 quote', true],
    ]);
  });

  it('Given a change request submitted by a requester When the operator completes it (an event that does not name them) Then the requester, as follower, gets an e-mail and an inbox item', async () => {
    const acc = 'acc-follow';
    const requester = await env.tokenFor({
      userId: 'u-req',
      email: 'rene@follow.example',
      locale: 'fr-FR',
      homeAccountId: acc,
      grants: [{ accountId: acc, role: 'requester', contractNumber: null, section: 'requests' }],
    });
    const submitted = event(
      'ChangeRequestSubmitted',
      'CR-F-1',
      acc,
      {
        requestId: 'CR-F-1',
        elementId: 'el-1',
        elementName: 'FE cluster',
        perimeterId: 'p-1',
        contractNumber: null,
        catalogId: 'rds',
        catalogVersion: 1,
        categoryId: 'licences',
        articleId: 'add-rds',
        articleName: 'Add RDS licences',
        needsStudy: false,
        fields: { quantity: '2' },
        reference: null,
        description: null,
        requestedBy: 'u-req',
        submittedBy: 'u-req',
        billable: false,
        billingMonth: '2026-11',
        freeChangesPerMonth: 2,
        changeOrdinal: 1,
        otherOpenRequestIds: [],
        status: 'submitted',
      },
      clock,
    );
    const completed = event(
      'ChangeRequestCompleted',
      'CR-F-1',
      acc,
      {
        requestId: 'CR-F-1',
        elementId: 'el-1',
        articleId: 'add-rds',
        completedBy: 'u-operator',
        rdsLicencesDelta: 2,
        status: 'completed',
      },
      clock,
    );
    await env.publish([submitted, completed]);
    await until('the completion e-mail', async () => mailsTo('rene@follow.example').length === 1);
    expect(mailsTo('rene@follow.example')[0]!.subject).toBe('Demande de changement CR-F-1 terminée');
    await until(
      'both inbox items',
      async () => sentFor(completed.eventId).length === 2 && sentFor(submitted.eventId).length === 1,
    );
    const inbox = await env.http(svc).get('/inbox').auth(requester, { type: 'bearer' }).expect(200);
    expect(inbox.body.items.map((i: { title: string }) => i.title).sort()).toEqual([
      'Demande de changement CR-F-1 soumise',
      'Demande de changement CR-F-1 terminée',
    ]);
  });

  it('Given an e-mail waiting for its retry When the service restarts and the event is replayed Then the retry still happens, once', async () => {
    const acc = 'acc-restart';
    await env.tokenFor({
      userId: 'u-restart',
      email: 'rita@restart.example',
      homeAccountId: acc,
      grants: [grant(acc, 'site-admin')],
    });
    smtp.refuseWhen(() => ({ code: 451, message: 'try later' }));
    const overdue = event(
      'InvoiceOverdue',
      'INV-RESTART',
      acc,
      {
        invoiceNumber: 'INV-RESTART',
        orderNumber: null,
        dueOn: '2026-10-31',
        amount: { amountMinor: 5000, currency: 'SEK' },
      },
      clock,
    );
    await env.publish([overdue]);
    const id = deliveryId(overdue.eventId, 'u-restart', 'email');
    await until(
      'the first attempt to fail',
      async () => ((await svc.kit.db.collection('deliveries').findOne({ _id: id as never }))?.attempts as number) === 1,
    );

    const database = svc.kit.config.mongoDb;
    await env.stop(svc);
    smtp.refuseWhen(null);
    svc = await env.start(notificationService, {
      clock,
      database,
      extra: { SMTP_URL: smtp.smtpUrl, PORTAL_URL: 'https://portal.example', EMAIL_RETRY_DELAYS_MS: '60000,300000' },
    });
    await env.publish([overdue]);
    clock.advance(60_000);
    await until('the retried e-mail', async () => mailsTo('rita@restart.example').length === 1);
    await until(
      'the delivery to be sent',
      async () => (await svc.kit.db.collection('deliveries').findOne({ _id: id as never }))?.status === 'sent',
    );
    // A later event on the same key (another account's invoice, so it mails someone else): once it is handled, the
    // replay was too; then every job due by now has run, and a second send would be in.
    await env.tokenFor({
      userId: 'u-restart-marker',
      email: 'mark@restart.example',
      homeAccountId: 'acc-restart-marker',
      grants: [grant('acc-restart-marker', 'site-admin')],
    });
    await env.publish([
      event(
        'InvoiceOverdue',
        'INV-RESTART',
        'acc-restart-marker',
        {
          invoiceNumber: 'INV-RESTART',
          orderNumber: null,
          dueOn: '2026-10-31',
          amount: { amountMinor: 1, currency: 'SEK' },
        },
        clock,
      ),
    ]);
    await until('the marker e-mail', async () => mailsTo('mark@restart.example').length === 1);
    await svc.kit.scheduler.runDue();
    expect(mailsTo('rita@restart.example')).toHaveLength(1);
    expect(await svc.kit.db.collection('deliveries').findOne({ _id: id as never })).toMatchObject({ attempts: 2 });
  });

  it("Given two quotes waiting for a decision When one is accepted and time reaches two days before they expire Then only the open one gets the expiring reminder, once; and licensing's PA expiring notice is delivered", async () => {
    const acc = 'acc-quotes';
    await env.tokenFor({
      userId: 'u-quote-mgr',
      email: 'mia@quotes.example',
      homeAccountId: acc,
      grants: [{ accountId: acc, role: 'manager', contractNumber: null, section: 'requests' }],
    });
    await env.tokenFor({
      userId: 'u-quote-vip',
      email: 'vic@quotes.example',
      homeAccountId: acc,
      grants: [grant(acc, 'vip-admin')],
    });
    const DAY = 86_400_000;
    const quote = (requestId: string) =>
      event(
        'ChangeRequestQuoteIssued',
        requestId,
        acc,
        {
          requestId,
          quoteId: `Q-${requestId}`,
          amount: { amountMinor: 250000, currency: 'EUR' },
          validUntil: new Date(clock.now().getTime() + 10 * DAY),
          issuedBy: 'u-operator',
          status: 'quote-pending',
        },
        clock,
      );
    const open = quote('CR-OPEN');
    const decided = quote('CR-DECIDED');
    const accepted = event(
      'ChangeRequestQuoteAccepted',
      'CR-DECIDED',
      acc,
      {
        requestId: 'CR-DECIDED',
        quoteId: 'Q-CR-DECIDED',
        amount: { amountMinor: 250000, currency: 'EUR' },
        acceptedBy: 'u-quote-mgr',
        status: 'quote-accepted',
      },
      clock,
    );
    await env.publish([open, decided, accepted]);
    await until('both quote e-mails', async () => mailsTo('mia@quotes.example').length === 2);
    await until(
      'the accepted quote reminder called off',
      async () =>
        (await svc.kit.scheduler.get('reminder:quote-expiring:quote:CR-DECIDED:Q-CR-DECIDED'))?.status === 'cancelled',
    );

    clock.advance(8 * DAY + 1000);
    await until('the expiring reminder', async () => mailsTo('mia@quotes.example').length === 3);
    // Every reminder due by now (and the e-mail it plans) has run: the called-off one would be in.
    await svc.kit.scheduler.runDue();
    const reminders = mailsTo('mia@quotes.example').filter((m) => m.subject.includes('expires on'));
    expect(reminders.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Quote for change request CR-OPEN expires on /),
    ]);
    const reminderId = deliveryId(`${open.eventId}:quote-expiring`, 'u-quote-mgr', 'email');
    const recorded = await probe.waitFor((e) => e.eventType === 'NotificationSent' && e.aggregateId === reminderId);
    expect(recorded.payload).toMatchObject({
      sourceEventType: 'ChangeRequestQuoteExpiring',
      category: 'quotes',
      channel: 'email',
    });

    const paExpiring = event(
      'PurchaseAuthorizationExpiring',
      'PA-Q-1',
      acc,
      {
        membershipId: 'm-q',
        vipId: 'VIP-Q',
        customerAccountId: acc,
        partnerAccountId: 'acc-reseller',
        purchaseAuthorizationId: 'PA-Q-1',
        expiresAt: new Date(clock.now().getTime() + 2 * DAY),
      },
      clock,
    );
    await env.publish([paExpiring]);
    await until('the PA expiring e-mail', async () => mailsTo('vic@quotes.example').length === 1);
    expect(mailsTo('vic@quotes.example')[0]!.subject).toMatch(/^Purchase authorization PA-Q-1 expires on /);
  });

  it('Given the running service When its OpenAPI document is read Then every notification route is documented', async () => {
    const doc = await env.http(svc).get('/openapi.json').expect(200);
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      '/inbox',
      '/inbox/unread-count',
      '/inbox/{itemId}',
      '/inbox/{itemId}/read',
      '/inbox/read-all',
      '/accounts/{accountId}/banners',
      '/me/notification-preferences',
      '/accounts/{accountId}/deliveries',
      '/deliveries/{deliveryId}',
    ]) {
      expect(paths).toContain(p);
    }
  });
});
