import { cancelPurchaseAuthorization } from './cancel-purchase-authorization';
import { expirePurchaseAuthorization } from './expire-purchase-authorization';
import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { at, membership, paula, withPendingPa } from './test-fixtures';
import type { VipMembership } from './vip-membership';

const created = at('2026-01-10T09:00:00Z');
const pa = (m: VipMembership, id = 'pa-1') => m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === id)!;

describe('purchase authorization: fulfil (an order references the PA)', () => {
  it('Given a pending PA, When an order references it, Then it is fulfilled; a repeat changes nothing', () => {
    const result = fulfilPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', {
      orderNumber: 'SO-1',
      orderedAt: at('2026-01-12T00:00:00Z'),
    })!;
    expect(pa(result.state)).toMatchObject({ status: 'fulfilled', orderNumber: 'SO-1' });
    expect(result.events).toEqual([
      {
        type: 'PurchaseAuthorizationFulfilled',
        payload: expect.objectContaining({ late: false, orderNumber: 'SO-1' }),
      },
    ]);
    expect(fulfilPurchaseAuthorization(result.state, 'pa-1', { orderNumber: 'SO-1', orderedAt: created })).toBeNull();
  });

  it('Given an expired PA and a late membership, When the order finally comes, Then the PA is fulfilled late and the membership active again', () => {
    const late = expirePurchaseAuthorization(
      withPendingPa(membership(), created),
      'pa-1',
      at('2026-01-30T00:00:00Z'),
    )!.state;
    const result = fulfilPurchaseAuthorization(late, 'pa-1', {
      orderNumber: 'SO-2',
      orderedAt: at('2026-01-31T00:00:00Z'),
    })!;
    expect(result.state.status).toBe('active');
    expect(result.events.map((e) => e.type)).toEqual(['PurchaseAuthorizationFulfilled', 'MembershipStatusChanged']);
    expect(result.events[0]!.payload).toMatchObject({ late: true });
  });

  it('Given a cancelled or unknown PA, When an order references it, Then nothing changes', () => {
    const cancelled = cancelPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', {
      caller: paula,
      now: created,
    }).state;
    expect(fulfilPurchaseAuthorization(cancelled, 'pa-1', { orderNumber: 'SO-1', orderedAt: created })).toBeNull();
    expect(fulfilPurchaseAuthorization(cancelled, 'pa-x', { orderNumber: 'SO-1', orderedAt: created })).toBeNull();
  });
});
