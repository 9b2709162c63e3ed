import type { Grantee, ResoldAccount, SectionLevel } from '@portal/platform/src/domain';
import { refusal } from '@portal/platform/src/testing/refusal';
import { type AccessAction, assertMay, canSee, levelOn } from './access';

const ACME: ResoldAccount = { accountId: 'acc-acme', resellerAccountIds: ['acc-partner'] };
const onRequests = (role: string, accountId = ACME.accountId) => ({
  accountId,
  role,
  contractNumber: null,
  section: 'requests',
});
const customer = (level: SectionLevel | null): Grantee => ({
  userId: 'u',
  userType: 'external',
  grants: level ? [onRequests(level)] : [],
});
const operator: Grantee = { userId: 'u-otto', userType: 'internal', grants: [] };
const partnerAdmin = (...own: string[]): Grantee => ({
  userId: 'u-paula',
  userType: 'external',
  grants: [
    { accountId: 'acc-partner', role: 'partner-admin', contractNumber: null, section: null },
    ...own.map((r) => onRequests(r)),
  ],
});
const customerActions: AccessAction[] = ['read', 'create', 'edit', 'submit', 'cancel', 'accept-quote', 'decline-quote'];
const operatorActions: AccessAction[] = ['issue-quote', 'start', 'complete', 'reject'];

const expected: Record<string, AccessAction[]> = {
  visitor: ['read'],
  requester: ['read', 'create', 'edit', 'submit', 'cancel'],
  manager: customerActions,
};

describe('access to change requests (section requests)', () => {
  it.each(['visitor', 'requester', 'manager'] as const)(
    'Given a %s, Then exactly the actions of that profile and below are allowed; others are ROLE_REQUIRED (403)',
    (level) => {
      for (const action of [...customerActions, ...operatorActions]) {
        if (expected[level]!.includes(action)) expect(() => assertMay(action, customer(level), ACME)).not.toThrow();
        else
          expect(refusal(() => assertMay(action, customer(level), ACME))).toMatchObject({
            code: 'ROLE_REQUIRED',
            status: 403,
          });
      }
    },
  );

  it('Given a user with no profile on the account, When any action is tried, Then NOT_FOUND (404), so ids cannot be probed', () => {
    for (const action of [...customerActions, ...operatorActions])
      expect(refusal(() => assertMay(action, customer(null), ACME))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(canSee(customer(null), ACME)).toBe(false);
  });

  it('Given a profile on another account only, Then it counts for nothing here', () => {
    const elsewhere: Grantee = { userId: 'u', userType: 'external', grants: [onRequests('manager', 'acc-other')] };
    expect(canSee(elsewhere, ACME)).toBe(false);
  });

  it('Given an operator (internal user), Then reading and the operator actions are allowed, customer actions are ROLE_REQUIRED', () => {
    expect(canSee(operator, ACME)).toBe(true);
    for (const action of ['read', ...operatorActions] as AccessAction[])
      expect(() => assertMay(action, operator, ACME)).not.toThrow();
    for (const action of customerActions.filter((a) => a !== 'read'))
      expect(refusal(() => assertMay(action, operator, ACME)).code).toBe('ROLE_REQUIRED');
  });
});

describe('the reseller of record (partner-admin on a partner reselling the account)', () => {
  it('Given no profile of its own, When it acts for its customer, Then it is a requester: it submits and cancels, never decides quotes', () => {
    const reseller = partnerAdmin();
    for (const action of ['read', 'create', 'edit', 'submit', 'cancel'] as AccessAction[])
      expect(() => assertMay(action, reseller, ACME)).not.toThrow();
    expect(refusal(() => assertMay('accept-quote', reseller, ACME)).code).toBe('ROLE_REQUIRED');
  });

  it('Given a higher profile of its own or no reseller standing, Then its own profile counts', () => {
    expect(levelOn(partnerAdmin('manager'), ACME)).toBe('manager');
    expect(levelOn(partnerAdmin('visitor'), ACME)).toBe('requester');
    expect(levelOn(partnerAdmin(), { accountId: 'acc-acme', resellerAccountIds: [] })).toBeNull();
  });
});
