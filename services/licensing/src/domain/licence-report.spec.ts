import { depositedIn, licenceRow, virtualAccountsInOrder } from './licence-report';
import type { Entitlement } from './licensing-order';
import type { SmartAccount } from './smart-account';

const sa = (smartAccountId: string, name: string, vas: [string, string][]): SmartAccount =>
  ({
    smartAccountId,
    name,
    virtualAccounts: vas.map(([virtualAccountId, n]) => ({ virtualAccountId, name: n })),
  }) as SmartAccount;
const e: Entitlement = {
  orderNumber: 'SO-1',
  lineNumber: 2,
  sku: 'DNA-ADV',
  quantity: 5,
  term: { startDate: '2026-01-01', endDate: '2028-12-31' },
  smartAccountId: 'sa-1',
  virtualAccountId: 'va-1',
  depositedAt: new Date('2026-10-31T23:30:00Z'),
};

describe('licences by virtual account', () => {
  it('orders Smart Accounts then virtual accounts by name', () => {
    const order = virtualAccountsInOrder([
      sa('sa-2', 'Zeta', [['va-3', 'Prod']]),
      sa('sa-1', 'Acme', [
        ['va-2', 'Lab'],
        ['va-1', 'Default'],
      ]),
    ]);
    expect(order.map((o) => o.virtualAccount.virtualAccountId)).toEqual(['va-1', 'va-2', 'va-3']);
  });

  it('keeps deposits of that virtual account within the period (UTC days, inclusive)', () => {
    expect(depositedIn(e, 'va-1', { from: '2026-10-01', to: '2026-10-31' })).toBe(true);
    expect(depositedIn(e, 'va-1', { from: '2026-11-01', to: '2026-11-30' })).toBe(false);
    expect(depositedIn(e, 'va-2', { from: '2026-10-01', to: '2026-10-31' })).toBe(false);
  });

  it('writes one row per deposited line', () => {
    const [first] = virtualAccountsInOrder([sa('sa-1', 'Acme', [['va-1', 'Default']])]);
    expect(licenceRow(first!.smartAccount, first!.virtualAccount, e)).toMatchObject({
      smartAccount: 'Acme',
      virtualAccount: 'Default',
      quantity: '5',
      termEnd: '2028-12-31',
      depositedAt: '2026-10-31T23:30:00.000Z',
    });
  });
});
