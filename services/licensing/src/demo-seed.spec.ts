import { buildDemo, demoSmartAccounts, demoUsers } from './demo-seed';
import { renewalOverview } from './domain/renewal-window';
import { loadPolicies } from './store/policy-files';

describe('demo seed', () => {
  const now = new Date('2026-11-22T09:00:00Z');
  const demo = buildDemo(now, loadPolicies());

  it('Given the shipped policies, When the demo is built, Then active, pending and partner holding Smart Accounts exist', () => {
    expect(demo.smartAccounts.map((d) => [d.state.smartAccountId, d.state.status, d.state.kind])).toEqual([
      ['sa-acme', 'active', 'customer'],
      ['sa-acme-emea', 'pending', 'customer'],
      ['sa-partner-holding', 'active', 'partner-holding'],
    ]);
    expect(demoSmartAccounts).toHaveLength(3);
  });

  it('Given the demo membership, When its renewal overview is read, Then it is open and lists the ordered licences', () => {
    const m = demo.membership!.state;
    expect(m).toMatchObject({ vipId: 'VIP-DEMO-0001', status: 'active', anniversaryDate: '2027-02-05' });
    expect(m.purchaseAuthorizations.map((p) => p.status)).toEqual(['fulfilled', 'pending']);
    const overview = renewalOverview(m, loadPolicies().get('vip')!, now);
    expect(overview.open).toBe(true);
    expect(overview.licences.map((l) => l.suggestedSku)).toEqual(['ACRO-PRO-ENT-RNW', 'CC-ALL-APPS-RNW']);
  });

  it('Given the demo users, When listed, Then Sam, Paula and Ivan are there', () => {
    expect(demoUsers.map((u) => u.userId)).toEqual(['u-sam', 'u-paula', 'u-ivan']);
  });
});
