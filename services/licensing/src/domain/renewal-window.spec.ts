import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { renewalCalendar, renewalOverview } from './renewal-window';
import { at, membership, policy, withPendingPa } from './test-fixtures';
import { parseProgramPolicy } from './vendor-policy';
import type { VipMembership } from './vip-membership';

// Anniversary 2026-12-31: window opens 2026-12-01, overview 2026-10-02, banner due 2026-12-01, access removed 2027-01-30.
const held = (): VipMembership =>
  fulfilPurchaseAuthorization(withPendingPa(membership(), at('2026-01-10T09:00:00Z')), 'pa-1', {
    orderNumber: 'SO-1',
    orderedAt: at('2026-01-12T00:00:00Z'),
  })!.state;

describe('renewal calendar (policy as data)', () => {
  it('Given the VIP policy, When the calendar of an anniversary is computed, Then every date follows the policy', () => {
    expect(renewalCalendar('2026-12-31', policy)).toEqual({
      anniversaryDate: '2026-12-31',
      windowOpensOn: '2026-12-01',
      overviewOpensOn: '2026-10-02',
      bannerDueFrom: '2026-12-01',
      accessRemovalOn: '2027-01-30',
      notices: [
        { kind: '30-days-before', dueOn: '2026-12-01' },
        { kind: 'anniversary', dueOn: '2026-12-31' },
        { kind: 'before-access-removal', dueOn: '2027-01-23' },
      ],
    });
  });

  it('Given a window opening early, When the overview opens, Then it is 60 days before the window (the earlier date)', () => {
    const early = parseProgramPolicy({
      ...policy,
      renewal: { ...policy.renewal, windowOpensDaysBeforeAnniversary: 45 },
    });
    expect(renewalCalendar('2026-12-31', early).overviewOpensOn).toBe('2026-09-17');
  });

  it('Given a window opening late, When the overview opens, Then it is 90 days before the anniversary (the earlier date)', () => {
    const late = parseProgramPolicy({
      ...policy,
      renewal: { ...policy.renewal, windowOpensDaysBeforeAnniversary: 10 },
    });
    expect(renewalCalendar('2026-12-31', late).overviewOpensOn).toBe('2026-10-02');
  });
});

describe('renewal overview', () => {
  it('Given a day before the overview opens, When asked, Then it is closed and lists nothing', () => {
    expect(renewalOverview(held(), policy, at('2026-10-01T23:59:59Z'))).toMatchObject({ open: false, licences: [] });
  });

  it('Given the overview is open, When asked, Then it lists licences held with the suggested renewal SKU', () => {
    expect(renewalOverview(held(), policy, at('2026-10-02T00:00:00Z'))).toMatchObject({
      open: true,
      licences: [{ sku: 'ACRO-PRO-ENT', quantity: 10, suggestedSku: 'ACRO-PRO-ENT-RNW' }],
    });
  });
});
