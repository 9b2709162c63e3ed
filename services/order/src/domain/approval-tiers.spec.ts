import { approval, ctx, ivan, later, olivia, refusal, validContent } from './__fixtures__/upgrade';
import { parseApprovalRules } from './approval-rules';
import { approveUpgradeRequest, rejectUpgradeRequest } from './decide-upgrade-request';
import { startUpgradeRequest } from './start-upgrade-request';
import type { Caller } from './types';

const internal = (userId: string, role: string): Caller => ({
  userId,
  userType: 'internal',
  grants: [{ accountId: 'vendor', role, contractNumber: null, section: null }],
});
const ines = internal('u-ines', 'approver');
const sue = internal('u-sue', 'senior-approver');
const both = { ...internal('u-bo', 'approver'), grants: [...ivan.grants, ...sue.grants].map((g) => g) };
const submitted = (discountPercent: number) =>
  startUpgradeRequest({
    requestId: 'UR-1',
    caller: olivia,
    content: validContent({ basicInfo: { ...validContent().basicInfo, discountPercent } }),
    submit: true,
    ctx: ctx(),
  });
const at = { approval, now: later };

describe('approval tiers (rules in approval-rules/approval-rules.json)', () => {
  it('Given a 10 % discount on a small total, When submitted, Then one tier, its approvers named', () => {
    const { state, events } = submitted(10);
    expect(state.approvalTiers!.map((t) => [t.name, t.status])).toEqual([['approver', 'pending']]);
    expect(events[1]).toMatchObject({
      type: 'UpgradeApprovalRequested',
      payload: { tier: 1, tierCount: 1, approverRole: 'approver', approverUserIds: ['u-ines', 'u-ivan'] },
    });
    expect(approveUpgradeRequest(state, ivan, at).state.status).toBe('approved');
  });

  it('Given a 30 % discount, When the first tier approves, Then the senior tier opens and is told; its approval approves', () => {
    const { state } = submitted(30);
    expect(state.approvalTiers!.map((t) => t.status)).toEqual(['pending', 'waiting']);
    const first = approveUpgradeRequest(state, ivan, at);
    expect(first.state.status).toBe('pending-approval');
    expect(first.events.map((e) => e.type)).toEqual(['UpgradeRequestTierApproved', 'UpgradeApprovalRequested']);
    expect(first.events[1]!.payload).toMatchObject({
      tier: 2,
      approverRole: 'senior-approver',
      approverUserIds: ['u-sue'],
    });
    expect(refusal(() => approveUpgradeRequest(first.state, ines, at)).code).toBe('ROLE_REQUIRED');
    const second = approveUpgradeRequest(first.state, sue, at);
    expect(second.state.status).toBe('approved');
    expect(second.state.approvalTiers!.map((t) => [t.status, t.decidedBy])).toEqual([
      ['approved', 'u-ivan'],
      ['approved', 'u-sue'],
    ]);
    expect(second.events.map((e) => e.type)).toEqual(['UpgradeRequestApproved']);
  });

  it('Given someone holding both roles approved tier 1, When they approve tier 2, Then SECOND_APPROVER_REQUIRED', () => {
    const first = approveUpgradeRequest(submitted(30).state, both, at);
    expect(refusal(() => approveUpgradeRequest(first.state, both, at)).code).toBe('SECOND_APPROVER_REQUIRED');
  });

  it('Given two tiers, When the senior approver rejects before tier 1 decided, Then one rejection rejects', () => {
    const { state, events } = rejectUpgradeRequest(submitted(30).state, sue, 'Too deep', later);
    expect(state.status).toBe('rejected');
    expect(state.approvalTiers!.map((t) => t.status)).toEqual(['rejected', 'waiting']);
    expect(events[0]!.type).toBe('UpgradeRequestRejected');
  });

  it('refuses a rule file whose first tier is conditional, with an unknown role or a tier named twice', () => {
    expect(() =>
      parseApprovalRules({
        tiers: [
          { name: 'a', approverRole: 'approver', when: { discountPercentAbove: 5 } },
          { name: 'a', approverRole: 'senior-approver' },
        ],
      }),
    ).toThrow(/tiers.0.when: the first tier applies to every request\ntiers.1.name: a twice/);
    expect(() => parseApprovalRules({ tiers: [{ name: 'a', approverRole: 'cfo' }] })).toThrow(/tiers.0.approverRole/);
  });
});
