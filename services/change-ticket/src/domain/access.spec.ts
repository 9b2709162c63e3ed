import { type AccessAction, type Caller, assertMay, canSee, levelWithResellerStanding } from './access';
import { refusal } from './test-fixtures';

const customer = (level: Caller['level']): Caller => ({ userId: 'u', userType: 'external', level });
const operator: Caller = { userId: 'u-otto', userType: 'internal', level: null };
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
        if (expected[level]!.includes(action)) expect(() => assertMay(action, customer(level))).not.toThrow();
        else
          expect(refusal(() => assertMay(action, customer(level)))).toMatchObject({
            code: 'ROLE_REQUIRED',
            status: 403,
          });
      }
    },
  );

  it('Given a user with no profile on the account, When any action is tried, Then NOT_FOUND (404), so ids cannot be probed', () => {
    for (const action of [...customerActions, ...operatorActions])
      expect(refusal(() => assertMay(action, customer(null)))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(canSee(customer(null))).toBe(false);
  });

  it('Given an operator (internal user), Then reading and the operator actions are allowed, customer actions are ROLE_REQUIRED', () => {
    expect(canSee(operator)).toBe(true);
    for (const action of ['read', ...operatorActions] as AccessAction[])
      expect(() => assertMay(action, operator)).not.toThrow();
    for (const action of customerActions.filter((a) => a !== 'read'))
      expect(refusal(() => assertMay(action, operator)).code).toBe('ROLE_REQUIRED');
  });
});

describe('the reseller of record (partner-admin on a partner reselling the account)', () => {
  it('Given no profile of its own, When it acts for its customer, Then it is a requester: it submits and cancels, never decides quotes', () => {
    const reseller: Caller = { userId: 'u-paula', userType: 'external', level: levelWithResellerStanding(null, true) };
    for (const action of ['read', 'create', 'edit', 'submit', 'cancel'] as AccessAction[])
      expect(() => assertMay(action, reseller)).not.toThrow();
    expect(refusal(() => assertMay('accept-quote', reseller)).code).toBe('ROLE_REQUIRED');
  });

  it('Given a higher profile of its own or no reseller standing, Then its own profile counts', () => {
    expect(levelWithResellerStanding('manager', true)).toBe('manager');
    expect(levelWithResellerStanding('visitor', true)).toBe('requester');
    expect(levelWithResellerStanding(null, false)).toBeNull();
  });
});
