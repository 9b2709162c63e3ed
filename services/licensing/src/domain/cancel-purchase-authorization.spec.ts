import { assignLicencesToUsers, unassignLicence } from './assign-licences-to-users';
import { cancelPurchaseAuthorization } from './cancel-purchase-authorization';
import { expirePurchaseAuthorization } from './expire-purchase-authorization';
import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { at, membership, paula, refusal, sam, withPendingPa } from './test-fixtures';
import type { VipMembership } from './vip-membership';

const created = at('2026-01-10T09:00:00Z');
const pa = (m: VipMembership, id = 'pa-1') => m.purchaseAuthorizations.find((p) => p.purchaseAuthorizationId === id)!;

describe('purchase authorization: cancel', () => {
  it('Given a pending PA without assigned licences, When the partner cancels, Then it is cancelled', () => {
    const { state, events } = cancelPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', {
      caller: paula,
      now: created,
    });
    expect(pa(state).status).toBe('cancelled');
    expect(events[0]!.type).toBe('PurchaseAuthorizationCancelled');
  });

  it('Given licences assigned to users, When cancelling, Then LICENSES_ASSIGNED (409); once unassigned it works', () => {
    const m = assignLicencesToUsers(
      withPendingPa(membership(), created),
      'pa-1',
      { sku: 'ACRO-PRO-ENT', userEmails: ['a@acme.example'] },
      { caller: sam },
    ).state;
    expect(refusal(() => cancelPurchaseAuthorization(m, 'pa-1', { caller: paula, now: created }))).toMatchObject({
      code: 'LICENSES_ASSIGNED',
      status: 409,
    });
    const freed = unassignLicence(
      m,
      'pa-1',
      { sku: 'ACRO-PRO-ENT', userEmail: 'A@acme.example' },
      { caller: sam },
    ).state;
    expect(pa(cancelPurchaseAuthorization(freed, 'pa-1', { caller: paula, now: created }).state).status).toBe(
      'cancelled',
    );
  });

  it('Given an ordered PA, When cancelling, Then ORDER_ALREADY_PLACED', () => {
    const m = fulfilPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', {
      orderNumber: 'SO-1',
      orderedAt: created,
    })!.state;
    expect(refusal(() => cancelPurchaseAuthorization(m, 'pa-1', { caller: paula, now: created })).code).toBe(
      'ORDER_ALREADY_PLACED',
    );
  });

  it('Given an expired or cancelled PA, When cancelling, Then PURCHASE_AUTHORIZATION_NOT_PENDING; unknown PA: 404', () => {
    const m = expirePurchaseAuthorization(
      withPendingPa(membership(), created),
      'pa-1',
      at('2026-02-01T00:00:00Z'),
    )!.state;
    expect(refusal(() => cancelPurchaseAuthorization(m, 'pa-1', { caller: paula, now: created })).code).toBe(
      'PURCHASE_AUTHORIZATION_NOT_PENDING',
    );
    expect(refusal(() => cancelPurchaseAuthorization(m, 'pa-x', { caller: paula, now: created })).status).toBe(404);
  });

  it('Given a customer user, When cancelling, Then ROLE_REQUIRED', () => {
    expect(
      refusal(() =>
        cancelPurchaseAuthorization(withPendingPa(membership(), created), 'pa-1', { caller: sam, now: created }),
      ).code,
    ).toBe('ROLE_REQUIRED');
  });
});
