import { adoptAccountSnapshot, adoptUserSnapshot } from './adopt-snapshots';
import { account, grant, NOW, user } from './testing/fixtures';
import type { AccountSnapshot, UserAccessSnapshot } from './types';

const accountSnap = (version: number, extra: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  version,
  name: 'Acme SAS',
  country: 'FR',
  region: null,
  accountType: 'premier',
  features: ['devices', 'reports'],
  resellerAccountIds: ['acc-partner'],
  status: 'active',
  ...extra,
});
const userSnap = (version: number, extra: Partial<UserAccessSnapshot> = {}): UserAccessSnapshot => ({
  version,
  userId: 'u-olivia',
  email: 'Olivia.Ops@acme.example',
  displayName: 'Olivia',
  locale: 'fr-FR',
  userType: 'external',
  homeAccountId: 'acc-acme',
  status: 'active',
  grants: [grant('acc-acme', 'operations')],
  ...extra,
});

describe('adopting snapshots published elsewhere', () => {
  it('Given an unknown account, When its snapshot is seen, Then it is adopted with the features as opt-outs of what the country offers', () => {
    const adopted = adoptAccountSnapshot(null, 'acc-acme', accountSnap(3), NOW)!;
    expect(adopted).toMatchObject({
      accountId: 'acc-acme',
      snapshotVersion: 3,
      features: ['devices', 'reports'],
      resellerAccountIds: ['acc-partner'],
    });
    expect(adopted.featureOptOuts).toContain('service-contracts');
  });

  it('Given a known account, When an older or equal snapshot is seen (our own events coming back), Then nothing changes', () => {
    expect(adoptAccountSnapshot(account({ snapshotVersion: 3 }), 'acc-acme', accountSnap(3), NOW)).toBeNull();
    expect(adoptAccountSnapshot(account({ snapshotVersion: 3 }), 'acc-acme', accountSnap(2), NOW)).toBeNull();
  });

  it('Given a known account, When a newer snapshot is seen, Then its fields are taken and local-only fields kept', () => {
    const adopted = adoptAccountSnapshot(
      account({ snapshotVersion: 1, accessGroup: 'ACME' }),
      'acc-acme',
      accountSnap(5, { name: 'Acme Group' }),
      NOW,
    )!;
    expect(adopted).toMatchObject({ name: 'Acme Group', snapshotVersion: 5, accessGroup: 'ACME' });
  });

  it('Given users, When snapshots are seen, Then only newer ones are adopted (grants replaced, profile kept)', () => {
    expect(adoptUserSnapshot(user({ accessVersion: 4 }), userSnap(4), NOW)).toBeNull();
    const adopted = adoptUserSnapshot(
      user({ accessVersion: 4, jobTitle: 'Ops lead' }),
      userSnap(9, { grants: [grant('acc-acme', 'buyer')] }),
      NOW,
    )!;
    expect(adopted).toMatchObject({
      accessVersion: 9,
      jobTitle: 'Ops lead',
      grants: [grant('acc-acme', 'buyer')],
      email: 'olivia.ops@acme.example',
    });
    expect(adoptUserSnapshot(null, userSnap(1, { status: 'disabled', grants: [] }), NOW)).toMatchObject({
      status: 'disabled',
      disabledAt: NOW.toISOString(),
    });
  });
});
