import { fulfilPurchaseAuthorization } from './fulfil-purchase-authorization';
import { renewalOverview } from './renewal-window';
import { coverageEnd, stateOrderDuration } from './state-order-duration';
import { at, membership, paula, policy, refusal, sam, withPendingPa } from './test-fixtures';

const now = at('2026-01-10T09:00:00Z');
const fulfilled = () =>
  fulfilPurchaseAuthorization(withPendingPa(membership(now), now), 'pa-1', {
    orderNumber: 'SO-1',
    orderedAt: at('2026-01-15T10:00:00Z'),
  })!.state;

describe('the duration an order covers (seed 003)', () => {
  it('computes the last covered day, clamping month ends', () => {
    expect(coverageEnd('2026-01-15', 12)).toBe('2027-01-14');
    expect(coverageEnd('2026-01-31', 1)).toBe('2026-02-27');
  });

  it('Given a fulfilled PA, When the partner states 24 months, Then kept on the PA and published', () => {
    const { state, events } = stateOrderDuration(fulfilled(), 'pa-1', 24, { caller: paula, now });
    expect(state.purchaseAuthorizations[0]).toMatchObject({ coveredMonths: 24, coversUntil: '2028-01-14' });
    expect(events[0]).toMatchObject({
      type: 'PurchaseAuthorizationDurationStated',
      payload: { coveredMonths: 24, coversFrom: '2026-01-15', coversUntil: '2028-01-14', orderNumber: 'SO-1' },
    });
  });

  it('refuses a pending PA, a customer user and a duration out of range', () => {
    expect(
      refusal(() => stateOrderDuration(withPendingPa(membership(now), now), 'pa-1', 12, { caller: paula, now })).code,
    ).toBe('PURCHASE_AUTHORIZATION_NOT_FULFILLED');
    expect(refusal(() => stateOrderDuration(fulfilled(), 'pa-1', 12, { caller: sam, now })).code).toBe('ROLE_REQUIRED');
    expect(refusal(() => stateOrderDuration(fulfilled(), 'pa-1', 37, { caller: paula, now })).code).toBe(
      'DURATION_OUT_OF_RANGE',
    );
  });

  it('Given an order covered beyond the anniversary, When the overview opens, Then its licences are not due at this renewal', () => {
    const covered = stateOrderDuration(fulfilled(), 'pa-1', 24, { caller: paula, now }).state;
    const overview = renewalOverview(covered, policy, at('2026-12-01T00:00:00Z'));
    expect(overview.licences).toEqual([]);
    expect(overview.coveredBeyondAnniversary).toEqual([
      { sku: 'ACRO-PRO-ENT', quantity: 10, coversUntil: '2028-01-14', purchaseAuthorizationId: 'pa-1' },
    ]);
    const coTermed = renewalOverview(fulfilled(), policy, at('2026-12-01T00:00:00Z'));
    expect(coTermed.licences).toEqual([expect.objectContaining({ sku: 'ACRO-PRO-ENT', quantity: 10 })]);
  });
});
