import { assertNoFieldErrors, notFound } from '@portal/platform/src/errors';
import { requireUserAdministration } from './access-policy';
import {
  grantsOn,
  grantsOutside,
  sameGrants,
  sortGrants,
  toGrants,
  validateGrantRequests,
  type GrantRequest,
} from './roles';
import { accessSnapshot, holdsRole, isMemberOf, nextAccess, type UserState } from './user';
import type { AccountRef, Grantee, Decision } from './types';
import { accountErrors } from './errors';
import { PLATFORM_ERRORS } from '@portal/platform/src/domain';

/**
 * A site admin sets the complete list of a user's roles on the account (per-contract `operations`, per-section
 * profiles included); grants on other accounts are untouched. An empty list removes the user from the account.
 * The account must keep at least one active site admin.
 */
export function changeRoles(
  user: UserState | null,
  requested: GrantRequest[],
  ctx: { caller: Grantee; account: AccountRef; otherActiveSiteAdmins: number; now: Date },
): Decision<UserState> {
  requireUserAdministration(ctx.caller, ctx.account);
  const accountId = ctx.account.accountId;
  if (!user || !isMemberOf(user, accountId)) throw notFound('user');
  if (user.status === 'disabled') throw PLATFORM_ERRORS.USER_DISABLED('a disabled user gets no roles');
  assertNoFieldErrors(validateGrantRequests(requested, { account: ctx.account, userType: user.userType }));
  const onAccount = toGrants(accountId, requested);
  if (
    holdsRole(user, accountId, 'site-admin') &&
    !onAccount.some((g) => g.role === 'site-admin') &&
    ctx.otherActiveSiteAdmins === 0
  ) {
    throw accountErrors.LAST_SITE_ADMIN('the account must keep at least one active site admin');
  }
  if (sameGrants(grantsOn(user.grants, accountId), onAccount)) return { state: user, events: [] };
  const state = nextAccess(user, { grants: sortGrants([...grantsOutside(user.grants, accountId), ...onAccount]) });
  return { state, events: [{ type: 'GrantsChanged', payload: { user: accessSnapshot(state) } }] };
}
