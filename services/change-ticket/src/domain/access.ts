import {
  type Grantee,
  type ResoldAccount,
  type SectionLevel,
  actsAsReseller,
  atLeast,
  higherLevel,
  isInternal,
  notFound,
  PLATFORM_ERRORS,
  sectionLevel,
} from '@portal/platform/src/domain';

// The change-ticket capability table over the platform's grant vocabulary: which profile on section `requests`
// may do what, and what a reseller of record gets.

/** Portal section whose profiles govern change requests. */
export const REQUESTS_SECTION = 'requests';

export type CustomerAction = 'read' | 'create' | 'edit' | 'submit' | 'cancel' | 'accept-quote' | 'decline-quote';
export type OperatorAction = 'issue-quote' | 'start' | 'complete' | 'reject';
export type AccessAction = CustomerAction | OperatorAction;

const NEEDED: Record<CustomerAction, SectionLevel> = {
  read: 'visitor',
  create: 'requester',
  edit: 'requester',
  submit: 'requester',
  cancel: 'requester',
  'accept-quote': 'manager',
  'decline-quote': 'manager',
};
const OPERATOR_ACTIONS: readonly AccessAction[] = ['issue-quote', 'start', 'complete', 'reject'];

/**
 * What a reseller may do for a customer it resells to (the platform's one rule: partner-admin on a reseller of
 * record): the `requester` profile — read, draft, submit and cancel change requests. Accepting or declining a quote
 * spends the customer's money and stays with the customer's managers.
 */
export const RESELLER_LEVEL: SectionLevel = 'requester';

/** The caller's profile on the account: their own, raised to RESELLER_LEVEL when they act as its reseller. */
export const levelOn = (caller: Grantee, account: ResoldAccount): SectionLevel | null =>
  higherLevel(
    sectionLevel(caller, account.accountId, REQUESTS_SECTION),
    actsAsReseller(caller, account) ? RESELLER_LEVEL : null,
  );

/** Internal users (operators) see every account's requests; customers need at least `visitor` on the account. */
export const canSee = (caller: Grantee, account: ResoldAccount): boolean =>
  isInternal(caller) || levelOn(caller, account) !== null;

/**
 * Refuses what the caller may not do on the account's records. Records of an account the caller cannot see answer
 * 404 (ids cannot be probed); a caller who sees them but lacks the profile gets 403 ROLE_REQUIRED.
 */
export function assertMay(
  action: AccessAction,
  caller: Grantee,
  account: ResoldAccount,
  what = 'change request',
): void {
  if (!canSee(caller, account)) throw notFound(what);
  const verb = action.replace('-', ' ');
  if (OPERATOR_ACTIONS.includes(action)) {
    if (!isInternal(caller)) throw PLATFORM_ERRORS.ROLE_REQUIRED(`only operators (internal users) may ${verb}`);
    return;
  }
  if (action === 'read') return;
  if (isInternal(caller)) throw PLATFORM_ERRORS.ROLE_REQUIRED(`${verb} is done by the customer, not by operators`);
  const needed = NEEDED[action as CustomerAction];
  if (!atLeast(levelOn(caller, account), needed))
    throw PLATFORM_ERRORS.ROLE_REQUIRED(`${verb} needs the ${needed} profile on section ${REQUESTS_SECTION}`);
}
