import { BannerSpecSchema } from './rule-table';
import {
  bannerAccountId,
  bannerId,
  bannerKey,
  bannerView,
  clearBanner,
  isActive,
  showBanner,
  visibleTo,
} from './banners';
import { event, grant } from './fixtures';

const spec = BannerSpecSchema.parse({
  key: 'vip-renewal:{{payload.membershipId}}',
  action: 'show',
  accountFrom: 'payload.customerAccountId',
  audience: ['vip-admin', 'site-admin'],
  endsAtFrom: 'payload.accessRemovalDate',
  severity: 'warning',
});
const texts = { 'en-US': { title: 'Renew', body: 'Soon' }, 'fr-FR': { title: 'Renouveler', body: 'Bientôt' } };
const notice = (eventId: string, occurredAt: string) =>
  event(
    'RenewalNoticeDue',
    { membershipId: 'm-1', customerAccountId: 'acc-cust', accessRemovalDate: '2027-01-15' },
    { eventId, occurredAt: new Date(occurredAt), accountId: 'acc-partner' },
  );

describe('banners', () => {
  it('Given a renewal notice When the banner is shown Then it belongs to the customer account, named by the membership, from now until access removal', () => {
    const e = notice('e-1', '2026-11-01T00:00:00Z');
    expect(bannerKey(spec, e)).toBe('vip-renewal:m-1');
    expect(bannerAccountId(spec, e)).toBe('acc-cust');
    expect(bannerId('acc-cust', 'vip-renewal:m-1')).toBe('acc-cust|vip-renewal:m-1');
    const b = showBanner(null, spec, { event: e, ruleId: 'r', category: 'vip-renewals', texts });
    expect(b).toMatchObject({
      accountId: 'acc-cust',
      key: 'vip-renewal:m-1',
      severity: 'warning',
      clearedAt: null,
      lastEventId: 'e-1',
    });
    expect(b.startsAt.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(b.endsAt?.toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('Given a shown banner When a later notice refreshes it Then it keeps its first start', () => {
    const first = showBanner(null, spec, {
      event: notice('e-1', '2026-11-01T00:00:00Z'),
      ruleId: 'r',
      category: 'c',
      texts,
    });
    const second = showBanner(
      first,
      { ...spec, severity: 'critical' },
      { event: notice('e-2', '2026-12-01T00:00:00Z'), ruleId: 'r', category: 'c', texts },
    );
    expect(second.startsAt).toEqual(first.startsAt);
    expect(second.severity).toBe('critical');
  });

  it('Given a banner with an end When a rule without an end refreshes it Then the end stays; after a clear a new show starts afresh', () => {
    const first = showBanner(null, spec, {
      event: notice('e-1', '2026-11-01T00:00:00Z'),
      ruleId: 'r',
      category: 'c',
      texts,
    });
    const noEnd = { ...spec, endsAtFrom: undefined };
    const refreshed = showBanner(first, noEnd, {
      event: notice('e-2', '2026-12-01T00:00:00Z'),
      ruleId: 'r',
      category: 'c',
      texts,
    });
    expect(refreshed.endsAt).toEqual(first.endsAt);
    const cleared = clearBanner(
      refreshed,
      event('MembershipRenewed', {}, { occurredAt: new Date('2026-12-05T00:00:00Z') }),
    )!;
    const again = showBanner(cleared, noEnd, {
      event: notice('e-3', '2027-11-01T00:00:00Z'),
      ruleId: 'r',
      category: 'c',
      texts,
    });
    expect(again).toMatchObject({ endsAt: null, clearedAt: null });
    expect(again.startsAt.toISOString()).toBe('2027-11-01T00:00:00.000Z');
  });

  it('Given a banner When time passes Then it shows from its start, until its end or until cleared', () => {
    const b = showBanner(null, spec, {
      event: notice('e-1', '2026-11-01T00:00:00Z'),
      ruleId: 'r',
      category: 'c',
      texts,
    });
    expect(isActive(b, new Date('2026-10-31T23:59:59Z'))).toBe(false);
    expect(isActive(b, new Date('2026-11-01T00:00:00Z'))).toBe(true);
    expect(isActive(b, new Date('2027-01-15T00:00:00Z'))).toBe(false);
    const renewed = event('MembershipRenewed', {}, { eventId: 'e-3', occurredAt: new Date('2026-11-20T00:00:00Z') });
    const cleared = clearBanner(b, renewed)!;
    expect(isActive(cleared, new Date('2026-11-19T00:00:00Z'))).toBe(true);
    expect(isActive(cleared, new Date('2026-11-20T00:00:00Z'))).toBe(false);
  });

  it('Given no banner or a cleared one When cleared Then nothing changes', () => {
    const e = event('MembershipRenewed', {});
    expect(clearBanner(null, e)).toBeNull();
    const b = clearBanner(
      showBanner(null, spec, { event: notice('e-1', '2026-11-01T00:00:00Z'), ruleId: 'r', category: 'c', texts }),
      e,
    )!;
    expect(clearBanner(b, e)).toBeNull();
  });

  it('Given a banner with an audience When users look Then only audience roles on that account see it', () => {
    const b = { accountId: 'acc-cust', audience: ['vip-admin'] };
    expect(visibleTo(b, [grant('acc-cust', 'vip-admin')])).toBe(true);
    expect(visibleTo(b, [grant('acc-cust', 'buyer')])).toBe(false);
    expect(visibleTo(b, [grant('acc-other', 'vip-admin')])).toBe(false);
    expect(visibleTo({ accountId: 'acc-cust', audience: [] }, [grant('acc-cust', 'buyer')])).toBe(true);
  });

  it('Given the reseller of record (partner-admin, decided by the edge) When it looks Then every banner of its customer shows', () => {
    const b = { accountId: 'acc-cust', audience: ['vip-admin'] };
    expect(visibleTo(b, [grant('acc-partner', 'partner-admin')], true)).toBe(true);
    expect(visibleTo(b, [grant('acc-partner', 'partner-admin')])).toBe(false);
  });

  it('Given a Swedish viewer and no Swedish text When viewed Then English (fallback)', () => {
    const b = showBanner(null, spec, {
      event: notice('e-1', '2026-11-01T00:00:00Z'),
      ruleId: 'r',
      category: 'c',
      texts,
    });
    expect(bannerView(b, 'sv-SE')).toMatchObject({ locale: 'en-US', title: 'Renew' });
    expect(bannerView(b, 'fr-CA')).toMatchObject({ locale: 'fr-FR', title: 'Renouveler' });
  });
});
