import { DomainError } from '@portal/platform/src/errors';
import type { Actor } from './types';

/** Portal section whose profiles govern change requests. */
export const REQUESTS_SECTION = 'requests';

export type SectionLevel = 'visitor' | 'requester' | 'manager' | null;
const RANK = { visitor: 1, requester: 2, manager: 3 } as const;

/** The caller as seen on the account of the record at hand. */
export interface Caller extends Actor {
  /** Highest profile the caller holds on section `requests` of that account (null: none). */
  level: SectionLevel;
}

export type CustomerAction = 'read' | 'create' | 'edit' | 'submit' | 'cancel' | 'accept-quote' | 'decline-quote';
export type OperatorAction = 'issue-quote' | 'start' | 'complete' | 'reject';
export type AccessAction = CustomerAction | OperatorAction;

const NEEDED: Record<CustomerAction, Exclude<SectionLevel, null>> = {
  read: 'visitor',
  create: 'requester',
  edit: 'requester',
  submit: 'requester',
  cancel: 'requester',
  'accept-quote': 'manager',
  'decline-quote': 'manager',
};
const OPERATOR_ACTIONS: readonly AccessAction[] = ['issue-quote', 'start', 'complete', 'reject'];

export const isOperator = (caller: Actor) => caller.userType === 'internal';

/**
 * What a reseller may do for a customer it resells to (the platform's one rule: partner-admin on a reseller of
 * record, platform access/reseller.ts): the `requester` profile — read, draft, submit and cancel change requests.
 * Accepting or declining a quote spends the customer's money and stays with the customer's managers.
 */
export const RESELLER_LEVEL: Exclude<SectionLevel, null> = 'requester';

/** The caller's level on the account: their own profile, raised to RESELLER_LEVEL when they act as its reseller. */
export const levelWithResellerStanding = (own: SectionLevel, actsAsReseller: boolean): SectionLevel =>
  actsAsReseller && !atLeast(own, RESELLER_LEVEL) ? RESELLER_LEVEL : own;

/** Internal users (operators) see every account's requests; customers need at least `visitor` on the account. */
export const canSee = (caller: Caller): boolean => isOperator(caller) || caller.level !== null;

export const atLeast = (level: SectionLevel, needed: Exclude<SectionLevel, null>): boolean =>
  level !== null && RANK[level] >= RANK[needed];

/**
 * Refuses what the caller may not do. Records of an account the caller cannot see answer 404 (ids cannot be
 * probed); a caller who sees them but lacks the profile gets 403 ROLE_REQUIRED.
 */
export function assertMay(action: AccessAction, caller: Caller, what = 'change request'): void {
  if (!canSee(caller)) throw new DomainError('NOT_FOUND', `${what} not found`, { status: 404 });
  if (OPERATOR_ACTIONS.includes(action)) {
    if (!isOperator(caller))
      throw new DomainError('ROLE_REQUIRED', `only operators (internal users) may ${action.replace('-', ' ')}`, {
        status: 403,
      });
    return;
  }
  if (action === 'read') return;
  if (isOperator(caller)) {
    throw new DomainError('ROLE_REQUIRED', `${action.replace('-', ' ')} is done by the customer, not by operators`, {
      status: 403,
    });
  }
  const needed = NEEDED[action as CustomerAction];
  if (!atLeast(caller.level, needed)) {
    throw new DomainError(
      'ROLE_REQUIRED',
      `${action.replace('-', ' ')} needs the ${needed} profile on section ${REQUESTS_SECTION}`,
      { status: 403 },
    );
  }
}
