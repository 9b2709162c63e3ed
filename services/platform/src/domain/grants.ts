/**
 * The one access vocabulary of every service's domain: who holds which role where. Pure (no I/O): domain code
 * imports it from `@portal/platform/src/domain`. Services keep only their capability tables (which role may do
 * what); the predicates over grants live here once.
 */
import { actsForCustomer } from '../access/reseller';

export interface GranteeGrant {
  accountId: string;
  role: string;
  /** Narrowed to one contract of the account (null or absent: account-wide). */
  contractNumber?: string | null;
  /** Narrowed to one portal section of the account (null or absent: account-wide). */
  section?: string | null;
}

/** The caller as domain rules see it. The platform's Principal fits it; `granteeOf(principal)` makes one at the edge. */
export interface Grantee {
  userId: string;
  userType: 'internal' | 'external' | 'system';
  /** 'disabled' holds nothing: every predicate answers as if there were no grants. */
  status?: string;
  homeAccountId?: string;
  email?: string;
  grants: readonly GranteeGrant[];
}

/**
 * Which grants on an account count. A field left out: any grant counts on that dimension. A field given as a
 * string: account-wide grants and grants narrowed to exactly that value. A field given as null: account-wide only.
 */
export interface Reach {
  contractNumber?: string | null;
  section?: string | null;
}

/** Only grants that are narrowed to neither a contract nor a section. */
export const ACCOUNT_WIDE: Reach = Object.freeze({ contractNumber: null, section: null });

const narrowingFits = (granted: string | null | undefined, wanted: string | null | undefined) =>
  wanted === undefined || (granted ?? null) === null || granted === wanted;

const reaches = (grant: GranteeGrant, reach: Reach) =>
  narrowingFits(grant.contractNumber, reach.contractNumber) && narrowingFits(grant.section, reach.section);

export const isActive = (grantee: Pick<Grantee, 'status'>) => grantee.status !== 'disabled';
export const isInternal = (grantee: Pick<Grantee, 'userType'>) => grantee.userType === 'internal';

/** The grants the grantee holds on the account within the reach (none when disabled). */
export function grantsOn(grantee: Grantee, accountId: string, reach: Reach = {}): GranteeGrant[] {
  if (!isActive(grantee)) return [];
  return grantee.grants.filter((g) => g.accountId === accountId && reaches(g, reach));
}

/** The distinct roles held on the account within the reach, sorted. */
export const rolesOn = (grantee: Grantee, accountId: string, reach: Reach = {}): string[] =>
  [...new Set(grantsOn(grantee, accountId, reach).map((g) => g.role))].sort();

/** True when the grantee holds the role (or any of the roles) on the account within the reach. */
export function hasRoleOn(grantee: Grantee, accountId: string, role: string | readonly string[], reach: Reach = {}) {
  const wanted: readonly string[] = typeof role === 'string' ? [role] : role;
  return grantsOn(grantee, accountId, reach).some((g) => wanted.includes(g.role));
}

/** True when the grantee holds any grant on the account within the reach. */
export const hasAnyGrantOn = (grantee: Grantee, accountId: string, reach: Reach = {}) =>
  grantsOn(grantee, accountId, reach).length > 0;

/** True when the grantee holds the role (or any of the roles) on any account (e.g. the vendor's approvers). */
export function holdsRole(grantee: Grantee, role: string | readonly string[]): boolean {
  const wanted: readonly string[] = typeof role === 'string' ? [role] : role;
  return isActive(grantee) && grantee.grants.some((g) => wanted.includes(g.role));
}

/** The accounts the grantee holds a grant on within the reach, sorted. */
export function grantedAccountIds(grantee: Grantee, reach: Reach = {}): string[] {
  if (!isActive(grantee)) return [];
  return [...new Set(grantee.grants.filter((g) => reaches(g, reach)).map((g) => g.accountId))].sort();
}

/** An account as access rules need it: who resells it. */
export interface ResoldAccount {
  accountId: string;
  resellerAccountIds: readonly string[];
}

/**
 * How the grantee reaches the account: `member` (a grant on it), `reseller` (partner-admin of a reseller of
 * record: the platform's one reseller rule) or null (not at all).
 */
export function accessVia(grantee: Grantee, account: ResoldAccount): 'member' | 'reseller' | null {
  if (hasAnyGrantOn(grantee, account.accountId)) return 'member';
  return actsForCustomer(grantee, account) ? 'reseller' : null;
}

/** May the grantee act for the account at all: a grant on it, or reseller of record. */
export const canActFor = (grantee: Grantee, account: ResoldAccount) => accessVia(grantee, account) !== null;

/** True when the grantee acts for the account only as partner-admin of one of its resellers of record. */
export const actsAsReseller = (grantee: Grantee, account: ResoldAccount) => actsForCustomer(grantee, account);

export { partnerAccountsOf, actsForCustomer, customersActedFor, PARTNER_ROLE } from '../access/reseller';

const SECTION_LEVELS = ['visitor', 'requester', 'manager'] as const;
/** Per-section profiles, lowest first. */
export type SectionLevel = (typeof SECTION_LEVELS)[number];

/** The highest profile on a section of the account: visitor < requester < manager (a site admin manages all). */
export function sectionLevel(grantee: Grantee, accountId: string, section: string): SectionLevel | null {
  if (hasRoleOn(grantee, accountId, 'site-admin', ACCOUNT_WIDE)) return 'manager';
  const held = rolesOn(grantee, accountId, { contractNumber: null, section });
  for (const level of [...SECTION_LEVELS].reverse()) if (held.includes(level)) return level;
  return null;
}

/** True when `level` is at least `needed` (null: no profile, never enough). */
export const atLeast = (level: SectionLevel | null, needed: SectionLevel) =>
  level !== null && SECTION_LEVELS.indexOf(level) >= SECTION_LEVELS.indexOf(needed);

/** The higher of two profiles (e.g. a customer's own and the one a reseller gets). */
export const higherLevel = (a: SectionLevel | null, b: SectionLevel | null): SectionLevel | null =>
  a === null ? b : b === null ? a : atLeast(a, b) ? a : b;
