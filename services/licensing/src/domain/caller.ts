/**
 * Who is asking, as the licensing rules see it (a structural subset of the platform's Principal, so the domain
 * stays free of I/O and runtime imports).
 */
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
 * May the caller act for an account: a grant on it, or a grant on a partner account that is its reseller of
 * record (partners act for the customers they resell to).
 */
export const canActFor = (caller: Caller, accountId: string, resellerAccountIds: readonly string[]) =>
  hasAnyGrantOn(caller, accountId) || resellerAccountIds.some((partner) => hasAnyGrantOn(caller, partner));

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
