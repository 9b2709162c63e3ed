import { notFound } from '@portal/platform/src/errors';
import type { AccountRef, Grantee } from './types';
import { actsAsReseller, canActFor, isInternal, PLATFORM_ERRORS, rolesOn } from '@portal/platform/src/domain';

/**
 * Who may do what on an account. Grants come from the caller's projected access; a partner-admin of a reseller of
 * record acts for the customer accounts it resells with a partner's capabilities (never user administration).
 */
export type Capability =
  | 'view-account'
  | 'manage-users'
  | 'edit-company-details'
  | 'manage-addresses'
  | 'manage-payment-methods'
  | 'manage-service-contracts'
  | 'manage-subscriptions'
  | 'view-reports';

const BY_ROLE: Record<Capability, readonly string[]> = {
  'view-account': ['*'],
  'manage-users': ['site-admin'],
  'edit-company-details': ['site-admin'],
  'manage-addresses': ['site-admin', 'buyer', 'shopper', 'operations'],
  'manage-payment-methods': ['site-admin', 'buyer', 'shopper'],
  // domain.md: service contracts are not for `shopper`
  'manage-service-contracts': ['site-admin', 'buyer', 'operations'],
  // software subscriptions are purchases: the account's buyers
  'manage-subscriptions': ['site-admin', 'buyer'],
  'view-reports': ['site-admin', 'reporting'],
};

/** What a reseller's partner-admin may do on a customer account it is the reseller of record for. */
const RESELLER_CAPABILITIES: readonly Capability[] = [
  'view-account',
  'manage-addresses',
  'manage-service-contracts',
  'manage-subscriptions',
  'view-reports',
];

// The grant predicates are the platform's (one vocabulary); this file keeps only the account's capability tables.
export { actsAsReseller, isInternal, rolesOn };

/** May the caller see the account at all (a grant on it, or reseller of record)? */
export const canSeeAccount = (caller: Grantee, account: AccountRef): boolean => canActFor(caller, account);

export function can(caller: Grantee, account: AccountRef, capability: Capability): boolean {
  const roles = rolesOn(caller, account.accountId);
  const allowed = BY_ROLE[capability];
  if (allowed.includes('*') && roles.length > 0) return true;
  if (roles.some((r) => allowed.includes(r))) return true;
  // A partner-admin administers its own partner account like a site admin.
  if (account.accountType === 'partner' && roles.includes('partner-admin')) return true;
  return actsAsReseller(caller, account) && RESELLER_CAPABILITIES.includes(capability);
}

/**
 * 404 when the caller cannot see the account (ids cannot be probed), 403 ROLE_REQUIRED when it can but lacks the
 * capability.
 */
export function requireCapability(
  caller: Grantee,
  account: AccountRef | null,
  capability: Capability,
  what = 'account',
): void {
  if (!account || !canSeeAccount(caller, account)) throw notFound(what);
  if (!can(caller, account, capability)) {
    const roles = BY_ROLE[capability].filter((r) => r !== '*').join(', ');
    throw PLATFORM_ERRORS.ROLE_REQUIRED(`${capability} needs one of these roles on the account: ${roles}`);
  }
}

/** Commands of the vendor's account team (SSO, documents, contacts, account set-up). */
export function requireInternal(caller: Grantee, what: string): void {
  if (!isInternal(caller)) throw PLATFORM_ERRORS.INTERNAL_USERS_ONLY(`${what} is done by the account team`);
}

/**
 * User administration: site admins of the account (or partner-admins of a partner account), and the account team
 * (internal users), which invites the first site admin of a new account.
 */
export function requireUserAdministration(caller: Grantee, account: AccountRef | null): void {
  if (account && isInternal(caller)) return;
  requireCapability(caller, account, 'manage-users');
}
