/**
 * Who is asking, as the licensing rules see it (a structural subset of the platform's Principal, so the domain
 * stays free of I/O and runtime imports).
 */
import { actsForCustomer, partnerAccountsOf } from '@portal/platform/src/access/reseller';

export interface CallerGrant {
  accountId: string;
  role: string;
}

export interface Caller {
  userId: string;
  email: string;
  userType: 'internal' | 'external' | 'system';
  grants: readonly CallerGrant[];
}

export const isInternal = (caller: Caller) => caller.userType === 'internal';

export const hasAnyGrantOn = (caller: Caller, accountId: string) =>
  caller.grants.some((g) => g.accountId === accountId);

export const hasRoleOn = (caller: Caller, accountId: string, ...roles: string[]) =>
  caller.grants.some((g) => g.accountId === accountId && roles.includes(g.role));

/**
 * May the caller act for an account: a grant on it, or `partner-admin` on a partner account that is its reseller
 * of record (the platform's one reseller rule: any other role on the partner account gives nothing).
 */
export const canActFor = (caller: Caller, accountId: string, resellerAccountIds: readonly string[]) =>
  hasAnyGrantOn(caller, accountId) || actsForCustomer(caller, { resellerAccountIds });

/** The partner accounts the caller acts for its customers from (partner-admin). */
export const partnerAccountsOfCaller = (caller: Caller) => partnerAccountsOf(caller);

/** The VIP administrators of a customer account: its `vip-admin`s, or its `site-admin`s when it has none. */
export function vipAdministrators(
  users: readonly { userId: string; status?: string; grants: readonly CallerGrant[] }[],
  accountId: string,
): string[] {
  const active = users.filter((u) => u.status === undefined || u.status === 'active');
  const withRole = (role: string) =>
    active.filter((u) => u.grants.some((g) => g.accountId === accountId && g.role === role)).map((u) => u.userId);
  const vipAdmins = withRole('vip-admin');
  return [...new Set(vipAdmins.length > 0 ? vipAdmins : withRole('site-admin'))].sort();
}
