import type { AccountSnapshot, Grant, UserAccessSnapshot } from '@portal/contracts';
import { customersActedFor } from './reseller';

/** The caller as every service knows them: their identity and grants as projected from account.events.v1. */
export type Principal = Omit<UserAccessSnapshot, 'version'>;
export type AccountView = Omit<AccountSnapshot, 'version'> & { accountId: string };

export interface GrantScope {
  contractNumber?: string | null;
  section?: string | null;
}

const SECTION_LEVELS = ['visitor', 'requester', 'manager'] as const;
export type SectionLevel = (typeof SECTION_LEVELS)[number];

/** A grant narrowed to a contract or section applies only there; an unnarrowed one applies account-wide. */
const grantCovers = (grant: Grant, accountId: string, scope: GrantScope) =>
  grant.accountId === accountId &&
  (grant.contractNumber === null || grant.contractNumber === (scope.contractNumber ?? null)) &&
  (grant.section === null || grant.section === (scope.section ?? null));

export function hasRole(principal: Principal, accountId: string, role: string, scope: GrantScope = {}): boolean {
  return (
    principal.status !== 'disabled' && principal.grants.some((g) => g.role === role && grantCovers(g, accountId, scope))
  );
}

/** The highest per-section profile: visitor < requester < manager (a site admin manages every section). */
export function sectionLevel(principal: Principal, accountId: string, section: string): SectionLevel | null {
  if (principal.status === 'disabled') return null;
  if (hasRole(principal, accountId, 'site-admin')) return 'manager';
  let best = -1;
  for (const grant of principal.grants) {
    const level = SECTION_LEVELS.indexOf(grant.role as SectionLevel);
    if (level > best && grantCovers(grant, accountId, { section })) best = level;
  }
  return best < 0 ? null : SECTION_LEVELS[best]!;
}

export const atLeast = (level: SectionLevel | null, needed: SectionLevel) =>
  level !== null && SECTION_LEVELS.indexOf(level) >= SECTION_LEVELS.indexOf(needed);

/** Accounts the principal holds any grant on. */
export function grantedAccountIds(principal: Principal): string[] {
  if (principal.status === 'disabled') return [];
  return [...new Set(principal.grants.map((g) => g.accountId))];
}

/** Accounts the principal may see: their own grants plus the customers they act for as reseller (reseller.ts). */
export function visibleAccountIds(
  principal: Principal,
  customersOfPartner: (partnerAccountId: string) => string[],
): string[] {
  return [...new Set([...grantedAccountIds(principal), ...customersActedFor(principal, customersOfPartner)])];
}

export const isInternal = (principal: Principal) => principal.userType === 'internal';
