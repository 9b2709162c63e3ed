import { actsForCustomer } from '@portal/platform/src/access/reseller';
import { DomainError, forbidden, notFound } from '@portal/platform/src/errors';
import type { AccountRef, Caller } from './types';

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

export const isInternal = (caller: Pick<Caller, 'userType'>) => caller.userType === 'internal';

/** The roles the caller holds on the account itself (any contract or section). */
export const rolesOn = (caller: Caller, accountId: string): string[] => [
  ...new Set(caller.grants.filter((g) => g.accountId === accountId).map((g) => g.role)),
];

/** True when the caller is partner-admin of a reseller of record of the account (the platform's one rule). */
export const actsAsReseller = (caller: Caller, account: AccountRef): boolean => actsForCustomer(caller, account);

/** May the caller see the account at all (a grant on it, or reseller of record)? */
export const canSeeAccount = (caller: Caller, account: AccountRef): boolean =>
  rolesOn(caller, account.accountId).length > 0 || actsAsReseller(caller, account);

export function can(caller: Caller, account: AccountRef, capability: Capability): boolean {
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
  caller: Caller,
  account: AccountRef | null,
  capability: Capability,
  what = 'account',
): void {
  if (!account || !canSeeAccount(caller, account)) throw notFound(what);
  if (!can(caller, account, capability)) {
    const roles = BY_ROLE[capability].filter((r) => r !== '*').join(', ');
    throw forbidden('ROLE_REQUIRED', `${capability} needs one of these roles on the account: ${roles}`);
  }
}

/** Commands of the vendor's account team (SSO, documents, contacts, account set-up). */
export function requireInternal(caller: Caller, what: string): void {
  if (!isInternal(caller))
    throw new DomainError('INTERNAL_USERS_ONLY', `${what} is done by the account team`, { status: 403 });
}

/**
 * User administration: site admins of the account (or partner-admins of a partner account), and the account team
 * (internal users), which invites the first site admin of a new account.
 */
export function requireUserAdministration(caller: Caller, account: AccountRef | null): void {
  if (account && isInternal(caller)) return;
  requireCapability(caller, account, 'manage-users');
}
