import { notFound } from '@portal/platform/src/errors';
import { isInternal, requireUserAdministration } from './access-policy';
import { accessSnapshot, holdsRole, isMemberOf, nextAccess, type UserState } from './user';
import type { AccountRef, Grantee, Decision } from './types';
import { accountErrors } from './errors';

/**
 * A site admin of the user's home account disables the user: status `disabled` and every grant removed at once, in
 * one snapshot (UserDisabled), so every service refuses them as soon as it applies it. Disabling twice changes
 * nothing. Users of other home accounts are removed from the account by changing their roles to none instead.
 */
export function disableUser(
  user: UserState | null,
  cmd: { reason?: string | null },
  ctx: { caller: Grantee; account: AccountRef; otherActiveSiteAdmins: number; now: Date },
): Decision<UserState> {
  requireUserAdministration(ctx.caller, ctx.account);
  const accountId = ctx.account.accountId;
  if (!user || (user.homeAccountId !== accountId && !isMemberOf(user, accountId))) throw notFound('user');
  if (user.status === 'disabled') return { state: user, events: [] };
  if (user.userId === ctx.caller.userId)
    throw accountErrors.CANNOT_DISABLE_SELF('ask another site admin to disable you');
  if (user.homeAccountId !== accountId && !isInternal(ctx.caller)) {
    throw accountErrors.NOT_HOME_ACCOUNT('this user belongs to another account: remove their roles here instead');
  }
  if (holdsRole(user, accountId, 'site-admin') && ctx.otherActiveSiteAdmins === 0) {
    throw accountErrors.LAST_SITE_ADMIN('the account must keep at least one active site admin');
  }
  const state = nextAccess(user, {
    status: 'disabled',
    grants: [],
    disabledAt: ctx.now.toISOString(),
    disabledReason: cmd.reason ?? null,
  });
  return {
    state,
    events: [{ type: 'UserDisabled', payload: { user: accessSnapshot(state), reason: cmd.reason ?? null } }],
  };
}
