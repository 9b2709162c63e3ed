import { approval, ivan, later, olivia, pending, refusal } from './__fixtures__/upgrade';
import { approveUpgradeRequest, rejectUpgradeRequest } from './decide-upgrade-request';

describe('approve and reject', () => {
  it('Given a pending request, When an internal approver approves, Then it is approved and the full request is published for the ERP', () => {
    const { state, events } = approveUpgradeRequest(pending(), ivan, { approval, now: later });
    expect(state).toMatchObject({ status: 'approved', decidedBy: 'u-ivan', heldSerials: ['SN-1', 'SN-2'] });
    expect(events[0]).toMatchObject({
      type: 'UpgradeRequestApproved',
      payload: {
        approvedBy: 'u-ivan',
        request: { requestId: 'UR-1', hardwareLines: [{ serialNumbers: ['SN-1', 'SN-2'] }] },
      },
    });
  });

  it('Given a pending request, When an approver rejects with a reason, Then it is rejected and its serials are released', () => {
    const { state, events } = rejectUpgradeRequest(pending(), ivan, '  Pricing form expired ', later);
    expect(state).toMatchObject({ status: 'rejected', rejectionReason: 'Pricing form expired', heldSerials: [] });
    expect(events[0]).toMatchObject({
      type: 'UpgradeRequestRejected',
      payload: { reason: 'Pricing form expired', requestedBy: 'u-olivia' },
    });
  });

  it('Given a pending request, When rejected without a reason, Then REJECTION_REASON_REQUIRED', () => {
    expect(refusal(() => rejectUpgradeRequest(pending(), ivan, '   ', later)).code).toBe('REJECTION_REASON_REQUIRED');
    expect(refusal(() => rejectUpgradeRequest(pending(), ivan, 'r'.repeat(2001), later)).code).toBe('REASON_TOO_LONG');
  });

  it('Given a customer user (even with operations) or an external approver, When deciding, Then 403 ROLE_REQUIRED', () => {
    expect(refusal(() => approveUpgradeRequest(pending(), olivia, { approval, now: later })).code).toBe(
      'ROLE_REQUIRED',
    );
    const externalApprover = { ...ivan, userType: 'external' as const };
    expect(refusal(() => rejectUpgradeRequest(pending(), externalApprover, 'no', later)).status).toBe(403);
  });

  it.each(['draft', 'approved', 'rejected', 'withdrawn', 'booked'] as const)(
    'Given a %s request, When approved or rejected, Then 409 UPGRADE_REQUEST_NOT_PENDING',
    (status) => {
      const s = { ...pending(), status };
      expect(refusal(() => approveUpgradeRequest(s, ivan, { approval, now: later })).code).toBe(
        'UPGRADE_REQUEST_NOT_PENDING',
      );
      expect(refusal(() => rejectUpgradeRequest(s, ivan, 'no', later)).code).toBe('UPGRADE_REQUEST_NOT_PENDING');
    },
  );
});
