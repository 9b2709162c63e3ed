import { publishProduct } from './catalog-product';

describe('catalog product', () => {
  it('Given a product, When an older publication arrives late, Then the newer one stays', () => {
    const p = {
      sku: 'X',
      kind: 'hardware' as const,
      description: 'x',
      eligibleForUpgrade: true,
      upgradeTargets: ['Y', 'Y'],
      listPrice: null,
    };
    const first = publishProduct(null, p, { eventId: 'b', occurredAt: new Date('2026-02-01T00:00:00Z') })!;
    expect(first.state.upgradeTargets).toEqual(['Y']);
    expect(
      publishProduct(
        first.state,
        { ...p, eligibleForUpgrade: false },
        { eventId: 'a', occurredAt: new Date('2026-01-01T00:00:00Z') },
      ),
    ).toBeNull();
    expect(publishProduct(first.state, p, { eventId: 'b', occurredAt: new Date('2026-02-01T00:00:00Z') })).toBeNull();
    expect(
      publishProduct(
        first.state,
        { ...p, eligibleForUpgrade: false },
        { eventId: 'c', occurredAt: new Date('2026-03-01T00:00:00Z') },
      )!.state.eligibleForUpgrade,
    ).toBe(false);
  });
});
