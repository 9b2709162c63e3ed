import { ivan, olivia, sam } from './__fixtures__/upgrade';
import { accountsToQuery, canSee, hasRoleOnContract as hasRoleOn, isApprover, visibility } from './access';
import type { Caller } from './types';

const grant = (accountId: string, role: string, contractNumber: string | null = null) => ({
  accountId,
  role,
  contractNumber,
  section: null,
});
const user = (...grants: ReturnType<typeof grant>[]): Caller => ({ userId: 'u', userType: 'external', grants });

describe('access', () => {
  it('Given operations on the account, When roles are checked, Then operations holds for any contract of it; a site-admin has no operations', () => {
    expect(hasRoleOn(olivia, 'acc-acme', 'operations', 'C-1001')).toBe(true);
    expect(hasRoleOn(sam, 'acc-acme', 'operations', 'C-1001')).toBe(false);
  });

  it('Given operations narrowed to a contract, When checked on another contract, Then it does not hold', () => {
    const narrowed = user(grant('acc-acme', 'operations', 'C-1001'));
    expect(hasRoleOn(narrowed, 'acc-acme', 'operations', 'C-1001')).toBe(true);
    expect(hasRoleOn(narrowed, 'acc-acme', 'operations', 'C-2002')).toBe(false);
  });

  it('Given an account-wide grant, When records are checked, Then every record of that account is visible and no other', () => {
    const v = visibility(olivia);
    expect(v.accounts).toEqual(['acc-acme']);
    expect(canSee(v, { accountId: 'acc-acme', contractNumber: 'C-2002' })).toBe(true);
    expect(canSee(v, { accountId: 'acc-other' })).toBe(false);
  });

  it('Given only a grant narrowed to a contract, When records are checked, Then that contract is visible, not the rest of the account', () => {
    const v = visibility(user(grant('acc-acme', 'operations', 'C-1001')));
    expect(v).toMatchObject({ accounts: [], contracts: [{ accountId: 'acc-acme', contractNumber: 'C-1001' }] });
    expect(canSee(v, { accountId: 'acc-acme', contractNumber: 'C-1001' })).toBe(true);
    expect(canSee(v, { accountId: 'acc-acme', contractNumber: 'C-2002' })).toBe(false);
    expect(canSee(v, { accountId: 'acc-acme' })).toBe(false);
    expect(accountsToQuery(v)).toEqual(['acc-acme']);
  });

  it("Given a partner-admin of the customer's reseller, When records are checked, Then the customer's records are visible; another role on the partner is not enough", () => {
    const resold = new Map([['acc-partner', ['acc-acme']]]);
    expect(visibility(user(grant('acc-partner', 'partner-admin')), resold).accounts).toEqual([
      'acc-acme',
      'acc-partner',
    ]);
    expect(visibility(user(grant('acc-partner', 'buyer')), resold).accounts).toEqual(['acc-partner']);
    // an order the partner sold: its partner-admin sees it, another role on the partner account does not (one rule)
    const soldByPartner = { accountId: 'acc-other', resellerAccountId: 'acc-partner' };
    expect(canSee(visibility(user(grant('acc-partner', 'buyer'))), soldByPartner)).toBe(false);
    expect(canSee(visibility(user(grant('acc-partner', 'partner-admin'))), soldByPartner)).toBe(true);
  });

  it('Given an internal approver, When a single record is read, Then it is visible; lists stay limited to their grants', () => {
    expect(isApprover(ivan)).toBe(true);
    expect(isApprover(olivia)).toBe(false);
    expect(isApprover({ ...ivan, userType: 'external' })).toBe(false);
    expect(canSee(visibility(ivan, new Map(), { singleRecord: true }), { accountId: 'acc-acme' })).toBe(true);
    expect(canSee(visibility(ivan), { accountId: 'acc-acme' })).toBe(false);
  });
});
