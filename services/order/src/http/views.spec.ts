import { order } from '../domain/__fixtures__/upgrade';
import type { UpgradeRequestState } from '../domain/upgrade-request';
import { salesOrderView, upgradeSummary } from './views';

const request = (requestId: string, orderNumber: string, createdAt: string): UpgradeRequestState =>
  ({
    requestId,
    orderNumber,
    status: 'pending-approval',
    requestedBy: 'u-olivia',
    createdAt: new Date(createdAt),
    submittedAt: null,
    decidedAt: null,
    bookedOrderNumber: null,
  }) as unknown as UpgradeRequestState;

describe('edge views', () => {
  it('Given an order and requests of several orders, When shown, Then only its own requests appear, oldest first, and internal facts stay hidden', () => {
    const view = salesOrderView(order(), [
      request('UR-2', 'SO-1', '2026-11-20T00:00:00Z'),
      request('UR-X', 'SO-9', '2026-11-19T00:00:00Z'),
      request('UR-1', 'SO-1', '2026-11-19T00:00:00Z'),
    ]);
    expect(view.upgradeRequests.map((r) => r.requestId)).toEqual(['UR-1', 'UR-2']);
    expect(view).not.toHaveProperty('cancelReason');
    expect(view).not.toHaveProperty('purchaseAuthorizationId');
    expect(upgradeSummary(request('UR-1', 'SO-1', '2026-11-19T00:00:00Z'))).toEqual({
      requestId: 'UR-1',
      status: 'pending-approval',
      requestedBy: 'u-olivia',
      submittedAt: null,
      decidedAt: null,
      bookedOrderNumber: null,
    });
  });
});
