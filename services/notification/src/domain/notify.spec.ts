import { loadCatalog, loadSamples, sampleToEvent } from '../catalog/catalog';
import { rulesFor } from './matching';
import { applyBannerAction, decide } from './notify';
import { isActive, type Banner } from './banners';
import { lookupsFor } from './recipients';
import { grant, user } from './fixtures';
import { deliveryId } from './deliveries';

const catalog = loadCatalog();
const samples = loadSamples();

describe('deciding what an event causes (real rule table and templates)', () => {
  const renewal = sampleToEvent(samples.get('vip-renewal-notice')![0]!, 'evt-renewal');
  const vipFr = user('u-vip-1', [grant('acc-acme', 'vip-admin')], { locale: 'fr-FR', displayName: 'Élodie' });
  const vipSv = user('u-vip-2', [grant('acc-acme', 'vip-admin')], { locale: 'sv-SE' });
  const vipDe = user('u-vip-3', [grant('acc-acme', 'vip-admin')], { locale: 'de-DE' });
  const buyer = user('u-buyer', [grant('acc-acme', 'buyer')]);

  it('Given a renewal notice and three VIP administrators When decided Then one e-mail and one inbox item each, in their locale, plus the banner', () => {
    const rules = rulesFor(catalog.table, renewal);
    expect(lookupsFor(rules, renewal)).toEqual({ accountIds: ['acc-acme'], userIds: ['u-vip-1'], staff: false });
    const decision = decide({
      table: catalog.table,
      templates: catalog.templates,
      event: renewal,
      rules,
      directory: {
        usersOfAccount: new Map([['acc-acme', [vipFr, vipSv, vipDe, buyer]]]),
        users: new Map([[vipFr.userId, vipFr]]),
      },
      preferences: new Map(),
      account: { accountId: 'acc-acme', name: 'Acme SA' },
      portalUrl: 'https://portal.example',
    });
    const emails = decision.deliveries.filter((d) => d.channel === 'email');
    expect(emails.map((d) => [d.recipient.userId, d.locale])).toEqual([
      ['u-vip-1', 'fr-FR'],
      ['u-vip-2', 'sv-SE'],
      ['u-vip-3', 'en-US'],
    ]);
    expect(emails[0]!.content.subject).toBe('Votre adhésion VIP VIP-1001 se renouvelle le 1 décembre 2026');
    expect(emails[0]!.content.html).toContain('Bonjour Élodie');
    expect(emails[0]!.content.text).toContain('https://portal.example/vip/vip-m-1/renewals');
    expect(emails[1]!.content.subject).toContain('VIP-medlemskap');
    expect(emails[0]!.deliveryId).toBe(deliveryId('evt-renewal', 'u-vip-1', 'email'));
    expect(decision.deliveries.filter((d) => d.channel === 'inbox')).toHaveLength(3);
    expect(decision.banners).toHaveLength(1);
    expect(decision.banners[0]).toMatchObject({
      accountId: 'acc-acme',
      key: 'vip-renewal:vip-m-1',
      bannerId: 'acc-acme|vip-renewal:vip-m-1',
    });
    expect(Object.keys(decision.banners[0]!.texts).sort()).toEqual(['en-US', 'fr-FR', 'sv-SE']);
  });

  it('Given a renewal (MembershipRenewed) When decided Then the banner is cleared and the optional confirmation goes to those who did not opt out', () => {
    const renewed = sampleToEvent(samples.get('vip-membership-renewed')![0]!, 'evt-renewed');
    const decision = decide({
      table: catalog.table,
      templates: catalog.templates,
      event: renewed,
      rules: rulesFor(catalog.table, renewed),
      directory: { usersOfAccount: new Map([['acc-acme', [vipFr, vipSv]]]), users: new Map() },
      preferences: new Map([['u-vip-2', { userId: 'u-vip-2', optedOut: ['licensing'] }]]),
      account: null,
      portalUrl: 'https://portal.example',
    });
    expect(decision.banners.map((b) => [b.spec.action, b.key])).toEqual([['clear', 'vip-renewal:vip-m-1']]);
    expect(decision.deliveries.map((d) => [d.recipient.userId, d.channel])).toEqual([
      ['u-vip-1', 'email'],
      ['u-vip-1', 'inbox'],
    ]);
    expect(decision.skipped.map((s) => [s.userId, s.reason])).toEqual([
      ['u-vip-2', 'opted-out'],
      ['u-vip-2', 'opted-out'],
    ]);
  });

  it('Given an invitation When decided Then the invited user gets an e-mail in their own locale, straight from the event', () => {
    const invited = sampleToEvent(samples.get('user-invited')![0]!, 'evt-invite');
    const decision = decide({
      table: catalog.table,
      templates: catalog.templates,
      event: invited,
      rules: rulesFor(catalog.table, invited),
      directory: { usersOfAccount: new Map(), users: new Map() },
      preferences: new Map(),
      account: { accountId: 'acc-acme', name: 'Acme AB' },
      portalUrl: 'https://portal.example',
    });
    expect(decision.deliveries.map((d) => [d.recipient.email, d.channel, d.locale, d.content.subject])).toEqual([
      ['new@acme.example', 'email', 'sv-SE', 'Du har bjudits in till portalen för Acme AB'],
    ]);
  });

  it('Given the VIP renewal lifecycle When its events pass through the real rules Then the banner shows while due, turns critical when overdue, and goes when renewed', () => {
    const base = { membershipId: 'm-1', vipId: 'VIP-1', customerAccountId: 'acc-acme', anniversaryDate: '2026-12-01' };
    const steps = [
      sampleToEvent(
        {
          eventType: 'RenewalNoticeDue',
          accountId: 'acc-acme',
          payload: {
            ...base,
            partnerAccountId: 'p',
            noticeKind: '30-days-before',
            accessRemovalDate: '2027-01-15',
            vipAdministratorUserIds: [],
            dueAt: new Date('2026-11-01T00:00:00Z'),
          },
        },
        'e-1',
      ),
      sampleToEvent(
        {
          eventType: 'RenewalBannerChanged',
          accountId: 'acc-acme',
          payload: { ...base, state: 'overdue', changedAt: new Date('2026-12-01T00:00:00Z') },
        },
        'e-2',
      ),
      sampleToEvent(
        {
          eventType: 'MembershipRenewed',
          accountId: 'acc-acme',
          payload: {
            ...base,
            renewalId: 'r',
            previousAnniversaryDate: '2026-12-01',
            anniversaryDate: '2027-12-01',
            products: [],
            early: false,
            orderNumber: null,
            renewedAt: new Date('2026-12-03T00:00:00Z'),
          },
        },
        'e-3',
      ),
    ].map((e, i) => ({
      ...e,
      occurredAt: new Date(['2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', '2026-12-03T00:00:00Z'][i]!),
    }));
    let banner: Banner | null = null;
    const seen: string[] = [];
    for (const e of steps) {
      const decision = decide({
        table: catalog.table,
        templates: catalog.templates,
        event: e,
        rules: rulesFor(catalog.table, e),
        directory: { usersOfAccount: new Map(), users: new Map() },
        preferences: new Map(),
        account: null,
        portalUrl: 'https://p',
      });
      for (const action of decision.banners) banner = applyBannerAction(banner, action, e) ?? banner;
      seen.push(`${banner!.severity}:${isActive(banner!, new Date(e.occurredAt.getTime() + 1))}`);
    }
    expect(seen).toEqual(['warning:true', 'critical:true', 'critical:false']);
    expect(banner!.endsAt?.toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(banner!.texts['sv-SE']!.title).toBe('VIP-medlemskap VIP-1: dags att förlänga');
  });
});
