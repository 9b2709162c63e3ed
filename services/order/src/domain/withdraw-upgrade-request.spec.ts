import { draft, later, olivia, oscar, pending, refusal } from './__fixtures__/upgrade';
import { withdrawUpgradeRequest } from './withdraw-upgrade-request';

describe('withdraw', () => {
  it('Given a pending request, When the requester withdraws, Then it is withdrawn, releases its serials and publishes UpgradeRequestWithdrawn', () => {
    const { state, events } = withdrawUpgradeRequest(pending(), olivia, later);
    expect(state).toMatchObject({ status: 'withdrawn', heldSerials: [], withdrawnBy: 'u-olivia' });
    expect(events.map((e) => e.type)).toEqual(['UpgradeRequestWithdrawn']);
  });

  it('Given a draft, When the requester withdraws it, Then it is withdrawn with no event', () => {
    const { state, events } = withdrawUpgradeRequest(draft(), olivia, later);
    expect(state.status).toBe('withdrawn');
    expect(events).toEqual([]);
  });

  it('Given a pending request, When another user withdraws, Then 403 NOT_REQUESTER', () => {
    expect(refusal(() => withdrawUpgradeRequest(pending(), oscar, later)).code).toBe('NOT_REQUESTER');
  });

  it.each(['approved', 'rejected', 'withdrawn', 'booked'] as const)(
    'Given a %s request, When withdrawn, Then 409 UPGRADE_REQUEST_NOT_PENDING',
    (status) => {
      const e = refusal(() => withdrawUpgradeRequest({ ...pending(), status }, olivia, later));
      expect([e.status, e.code]).toEqual([409, 'UPGRADE_REQUEST_NOT_PENDING']);
    },
  );
});
