import { smartAccount } from '../domain/test-fixtures';
import { toEntitlementsView } from './views';

const entitlement = (orderNumber: string, lineNumber: number, sku: string, quantity: number) => ({
  orderNumber,
  lineNumber,
  sku,
  quantity,
  term: null,
  smartAccountId: 'sa-acme',
  virtualAccountId: 'va-acme-default',
  depositedAt: new Date('2026-01-01T00:00:00Z'),
});

describe('entitlements view', () => {
  it('Given entitlements from several orders, When listed for a virtual account, Then they are summed per SKU with their sources, sorted', () => {
    const view = toEntitlementsView(smartAccount(), 'va-acme-default', [
      entitlement('SO-2', 1, 'SW-B', 5),
      entitlement('SO-1', 2, 'SW-A', 3),
      entitlement('SO-1', 1, 'SW-B', 10),
    ]);
    expect(view.usable).toBe(true);
    expect(
      view.items.map((i) => [i.sku, i.quantity, i.sources.map((s) => `${s.orderNumber}/${s.lineNumber}`)]),
    ).toEqual([
      ['SW-A', 3, ['SO-1/2']],
      ['SW-B', 15, ['SO-1/1', 'SO-2/1']],
    ]);
  });

  it('Given a partner holding account, When its entitlements are listed, Then nothing is usable from it', () => {
    expect(toEntitlementsView(smartAccount({ kind: 'partner-holding' }), 'va-acme-default', []).usable).toBe(false);
  });
});
