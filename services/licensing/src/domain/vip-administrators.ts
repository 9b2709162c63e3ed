import { hasRoleOn, type GranteeGrant } from '@portal/platform/src/domain';

/** The VIP administrators of a customer account: its active `vip-admin`s, or its `site-admin`s when it has none. */
export function vipAdministrators(
  users: readonly { userId: string; status?: string; grants: readonly GranteeGrant[] }[],
  accountId: string,
): string[] {
  const withRole = (role: string) =>
    users
      .filter((u) => (u.status ?? 'active') === 'active' && hasRoleOn({ ...u, userType: 'external' }, accountId, role))
      .map((u) => u.userId);
  const vipAdmins = withRole('vip-admin');
  return [...new Set(vipAdmins.length > 0 ? vipAdmins : withRole('site-admin'))].sort();
}
