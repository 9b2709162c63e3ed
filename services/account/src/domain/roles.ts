import type { FieldError } from '@portal/platform/src/errors';
import type { AccountRef, Grant, UserType } from './types';

/** Roles held on a whole account (optionally narrowed to one contract for `operations`). */
export const ACCOUNT_ROLES = [
  'site-admin',
  'buyer',
  'shopper',
  'operations',
  'reporting',
  'vip-admin',
  'partner-admin',
  'approver',
  // The second approval tier of upgrade requests and the account team told of invoice disputes (order service).
  'senior-approver',
  'account-manager',
] as const;
/** Per-section profiles, ordered: visitor < requester < manager. */
export const SECTION_ROLES = ['visitor', 'requester', 'manager'] as const;
/** Portal sections a section profile can be given on. */
export const SECTIONS = ['requests', 'orders', 'licences'] as const;

export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export type SectionRole = (typeof SECTION_ROLES)[number];
export type Role = AccountRole | SectionRole;

/** Roles only the vendor's staff (userType internal) may hold. */
export const INTERNAL_ONLY_ROLES: readonly string[] = ['approver', 'senior-approver', 'account-manager'];
/** Roles that only make sense on a partner (reseller) account. */
export const PARTNER_ONLY_ROLES: readonly string[] = ['partner-admin'];
/** Roles that may be narrowed to one contract. */
export const CONTRACT_SCOPED_ROLES: readonly string[] = ['operations'];

export const isSectionRole = (role: string): role is SectionRole => (SECTION_ROLES as readonly string[]).includes(role);
export const isKnownRole = (role: string): role is Role =>
  (ACCOUNT_ROLES as readonly string[]).includes(role) || isSectionRole(role);

/** A grant as a site admin writes it: for the account being administered, so without accountId. */
export interface GrantRequest {
  role: string;
  contractNumber?: string | null;
  section?: string | null;
}

const CONTRACT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/** Every broken rule of a set of grants on one account, at once (paths `grants[i].field`). */
export function validateGrantRequests(
  grants: GrantRequest[],
  target: { account: AccountRef; userType: UserType },
  path = 'grants',
): FieldError[] {
  const errors: FieldError[] = [];
  const sectionsSeen = new Map<string, number>();
  const keys = new Set<string>();
  grants.forEach((g, i) => {
    const at = `${path}[${i}]`;
    if (!isKnownRole(g.role)) {
      errors.push({ path: `${at}.role`, code: 'UNKNOWN_ROLE', message: `unknown role ${g.role}` });
      return;
    }
    if (INTERNAL_ONLY_ROLES.includes(g.role) && target.userType !== 'internal') {
      errors.push({
        path: `${at}.role`,
        code: 'INTERNAL_ROLE_ONLY',
        message: `${g.role} is held by internal users only`,
      });
    }
    if (PARTNER_ONLY_ROLES.includes(g.role) && target.account.accountType !== 'partner') {
      errors.push({
        path: `${at}.role`,
        code: 'PARTNER_ROLE_ONLY',
        message: `${g.role} exists on partner accounts only`,
      });
    }
    if (isSectionRole(g.role)) {
      if (!g.section) {
        errors.push({
          path: `${at}.section`,
          code: 'SECTION_REQUIRED',
          message: `${g.role} is given on a portal section`,
        });
      } else if (!(SECTIONS as readonly string[]).includes(g.section)) {
        errors.push({ path: `${at}.section`, code: 'UNKNOWN_SECTION', message: `unknown section ${g.section}` });
      } else {
        const previous = sectionsSeen.get(g.section);
        if (previous !== undefined) {
          errors.push({
            path: `${at}.role`,
            code: 'CONFLICTING_SECTION_ROLES',
            message: `one profile per section: ${g.section} already has one at grants[${previous}]`,
          });
        }
        sectionsSeen.set(g.section, i);
      }
    } else if (g.section) {
      errors.push({
        path: `${at}.section`,
        code: 'SECTION_NOT_ALLOWED',
        message: `${g.role} is not a section profile`,
      });
    }
    if (g.contractNumber) {
      if (!CONTRACT_SCOPED_ROLES.includes(g.role)) {
        errors.push({
          path: `${at}.contractNumber`,
          code: 'CONTRACT_NOT_ALLOWED',
          message: `${g.role} cannot be narrowed to a contract`,
        });
      } else if (!CONTRACT_NUMBER.test(g.contractNumber)) {
        errors.push({ path: `${at}.contractNumber`, code: 'FIELD_INVALID', message: 'not a contract number' });
      }
    }
    const key = `${g.role}|${g.contractNumber ?? ''}|${g.section ?? ''}`;
    if (keys.has(key)) errors.push({ path: at, code: 'DUPLICATE_GRANT', message: 'the same grant is listed twice' });
    keys.add(key);
  });
  return errors;
}

/** The grants of a request, on `accountId`, in a canonical order (so snapshots compare and publish stably). */
export function toGrants(accountId: string, requests: GrantRequest[]): Grant[] {
  return sortGrants(
    requests.map((g) => ({
      accountId,
      role: g.role,
      contractNumber: g.contractNumber ?? null,
      section: g.section ?? null,
    })),
  );
}

export function sortGrants(grants: Grant[]): Grant[] {
  const key = (g: Grant) => `${g.accountId}|${g.role}|${g.contractNumber ?? ''}|${g.section ?? ''}`;
  const unique = new Map(grants.map((g) => [key(g), g]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

export const sameGrants = (a: Grant[], b: Grant[]) => JSON.stringify(sortGrants(a)) === JSON.stringify(sortGrants(b));

export const grantsOn = (grants: Grant[], accountId: string) => grants.filter((g) => g.accountId === accountId);
export const grantsOutside = (grants: Grant[], accountId: string) => grants.filter((g) => g.accountId !== accountId);
