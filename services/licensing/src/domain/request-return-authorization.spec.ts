import { expirePurchaseAuthorization } from './expire-purchase-authorization';
import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { requestReturnAuthorization } from './request-return-authorization';
import { at, membership, paula, policy, refusal, withPendingPa } from './test-fixtures';
import type { VipMembership } from './vip-membership';

const created = at('2026-01-10T09:00:00Z');

describe('purchase authorization: return authorization', () => {
  const ordered = () =>
    fulfilPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', {
      orderNumber: 'SO-1',
      orderedAt: at('2026-01-12T00:00:00Z'),
    })!.state;
  const ret = (
    m: VipMembership,
    products = [{ sku: 'ACRO-PRO-ENT', quantity: 4 }],
    now = at('2026-01-20T00:00:00Z'),
    id = 'ra-1',
  ) =>
    requestReturnAuthorization(
      m,
      'pa-1',
      { products, reason: 'over-ordered' },
      { caller: paula, returnAuthorizationId: id, policy, now },
    );

  it('Given an ordered PA within the return window, When the partner requests a return, Then ReturnAuthorizationCreated', () => {
    const { state, events } = ret(ordered());
    expect(state.returnAuthorizations).toHaveLength(1);
    expect(events[0]).toEqual({
      type: 'ReturnAuthorizationCreated',
      payload: expect.objectContaining({ orderNumber: 'SO-1', products: [{ sku: 'ACRO-PRO-ENT', quantity: 4 }] }),
    });
  });

  it('Given a pending PA, When requesting a return, Then ORDER_NOT_PLACED', () => {
    expect(refusal(() => ret(withPendingPa(membership(), created))).code).toBe('ORDER_NOT_PLACED');
  });

  it('Given the window has closed, When requesting a return, Then RETURN_WINDOW_CLOSED', () => {
    expect(refusal(() => ret(ordered(), undefined, at('2026-01-26T00:00:01Z'))).code).toBe('RETURN_WINDOW_CLOSED');
  });

  it('Given earlier returns, When returning more than is left, Then RETURN_QUANTITY_EXCEEDED; a product not ordered is refused', () => {
    const m = ret(ordered()).state;
    expect(refusal(() => ret(m, [{ sku: 'ACRO-PRO-ENT', quantity: 7 }], undefined, 'ra-2')).code).toBe(
      'RETURN_QUANTITY_EXCEEDED',
    );
    expect(refusal(() => ret(m, [{ sku: 'CC-ALL-APPS', quantity: 1 }], undefined, 'ra-2')).code).toBe(
      'PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION',
    );
    expect(refusal(() => ret(m, [], undefined, 'ra-2')).code).toBe('PRODUCTS_REQUIRED');
  });

  it('Given an expired PA, When requesting a return, Then PURCHASE_AUTHORIZATION_NOT_FULFILLED', () => {
    const m = expirePurchaseAuthorization(
      withPendingPa(membership(), created),
      'pa-1',
      at('2026-02-01T00:00:00Z'),
    )!.state;
    expect(refusal(() => ret(m)).code).toBe('PURCHASE_AUTHORIZATION_NOT_FULFILLED');
  });
});
