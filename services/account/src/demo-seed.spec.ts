import { demoSeed, demoSeedEvents } from './demo-seed';

const NOW = new Date('2026-03-15T10:00:00Z');

describe('demo seed', () => {
  const seed = demoSeed(NOW);

  it('Given the demo, When seeded, Then five accounts with the partner reselling acme and nordic', () => {
    const byId = Object.fromEntries(seed.accounts.map((a) => [a.id, a.state]));
    expect(Object.keys(byId)).toEqual(['vendor', 'acc-partner', 'acc-acme', 'acc-nordic', 'acc-us']);
    expect(byId['acc-acme']).toMatchObject({
      accountType: 'premier',
      country: 'FR',
      resellerAccountIds: ['acc-partner'],
    });
    expect(byId['acc-acme']!.features).toContain('invoicing-reports');
    expect(byId['acc-nordic']).toMatchObject({
      accountType: 'business',
      country: 'SE',
      resellerAccountIds: ['acc-partner'],
    });
    expect(byId['acc-us']!.features).toContain('software-subscriptions');
    expect(byId['acc-partner']!.accountType).toBe('partner');
  });

  it('Given the demo, When seeded, Then every user is active with the roles of the brief, version 2', () => {
    const byId = Object.fromEntries(seed.users.map((u) => [u.id, u.state]));
    expect(byId['u-sam']).toMatchObject({ locale: 'fr-FR', status: 'active', accessVersion: 2 });
    expect(byId['u-sam']!.grants.map((g) => g.role)).toEqual(['site-admin', 'vip-admin']);
    expect(byId['u-olivia']!.grants).toEqual([
      { accountId: 'acc-acme', role: 'operations', contractNumber: null, section: null },
    ]);
    expect(byId['u-carla']!.grants).toEqual([
      { accountId: 'acc-acme', role: 'requester', contractNumber: null, section: 'requests' },
    ]);
    expect(byId['u-ivan']).toMatchObject({ userType: 'internal', homeAccountId: 'vendor' });
    expect(byId['u-sven']).toMatchObject({ locale: 'sv-SE', homeAccountId: 'acc-nordic' });
    expect(byId['u-paula']!.grants[0]).toMatchObject({ accountId: 'acc-partner', role: 'partner-admin' });
    expect(byId['u-sofia']!.grants[0]).toMatchObject({ accountId: 'vendor', role: 'senior-approver' });
    expect(byId['u-ada']!.grants[0]).toMatchObject({ accountId: 'vendor', role: 'account-manager' });
    expect(seed.users).toHaveLength(12);
  });

  it('Given the demo, When flattened, Then account events are keyed by account id and user events by user id', () => {
    const events = demoSeedEvents(NOW);
    expect(events.filter((e) => e.event.type === 'AccountCreated')).toHaveLength(5);
    expect(events.find((e) => e.event.type === 'UserInvited' && e.aggregateId === 'u-sam')!.accountId).toBe('acc-acme');
    expect(events.filter((e) => e.event.type === 'GrantsChanged').map((e) => e.aggregateId)).toContain('u-olivia');
  });
});
