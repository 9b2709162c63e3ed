import { notFound, granteeOf } from '@portal/platform';
import { accountRef, type AccountState } from '../domain/account';
import { changeRoles } from '../domain/change-roles';
import { disableUser } from '../domain/disable-user';
import { inviteUser, type InviteUser } from '../domain/invite-user';
import type { GrantRequest } from '../domain/roles';
import type { Decision } from '../domain/types';
import { holdsRole, normalizeEmail, type UserState } from '../domain/user';
import { administeredAccount, type AccountRequest } from './access';
import { newId, nowOf, type Deps } from './deps';
import { mapPage } from '@portal/platform';
import { userView } from './views';

/** A user's decision stored with its events, which belong to the administered account. */
const decideUser = async (
  deps: Deps,
  account: AccountState,
  userId: string,
  decide: (current: UserState | null) => Decision<UserState>,
) => (await deps.stores.users.decide(userId, decide, { accountId: () => account.accountId })).state;

/** Site admins other than this user who can still act: the last one may not be removed or disabled. */
const otherActiveSiteAdmins = async (deps: Deps, account: AccountState, userId: string) =>
  (await deps.stores.usersOfAccount(account.accountId)).filter(
    (u) => u.userId !== userId && u.status !== 'disabled' && holdsRole(u, account.accountId, 'site-admin'),
  ).length;

export async function usersOf(deps: Deps, input: AccountRequest, page: { limit: number; cursor?: string }) {
  const account = await administeredAccount(deps, input);
  const found = await deps.stores.usersOfAccountPage(account.accountId, page);
  return mapPage(found, userView);
}

export async function userOf(deps: Deps, input: AccountRequest, userId: string) {
  const account = await administeredAccount(deps, input);
  const user = (await deps.stores.users.get(userId))?.state;
  if (
    !user ||
    (user.homeAccountId !== account.accountId && !user.grants.some((g) => g.accountId === account.accountId))
  )
    throw notFound('user');
  return userView(user);
}

/** Invites a person by e-mail (an existing user keeps their id); the account team may link an IdP subject. */
export async function invite(deps: Deps, input: AccountRequest, cmd: Omit<InviteUser, 'userId'> & { userId?: string }) {
  const account = await administeredAccount(deps, input);
  const caller = granteeOf(input.principal);
  const existing = await deps.stores.userByEmail(normalizeEmail(cmd.email));
  const userId = existing?.userId ?? (caller.userType === 'internal' && cmd.userId ? cmd.userId : newId('usr'));
  const state = await decideUser(deps, account, userId, (current) =>
    inviteUser(current, { ...cmd, userId }, { caller, account: accountRef(account), now: nowOf(deps) }),
  );
  return { account, user: userView(state) };
}

export async function setRoles(deps: Deps, input: AccountRequest, userId: string, grants: GrantRequest[]) {
  const account = await administeredAccount(deps, input);
  const others = await otherActiveSiteAdmins(deps, account, userId);
  const ctx = { caller: granteeOf(input.principal), account: accountRef(account), otherActiveSiteAdmins: others };
  return userView(
    await decideUser(deps, account, userId, (current) => changeRoles(current, grants, { ...ctx, now: nowOf(deps) })),
  );
}

export async function disable(deps: Deps, input: AccountRequest, userId: string, reason: string | null) {
  const account = await administeredAccount(deps, input);
  const others = await otherActiveSiteAdmins(deps, account, userId);
  const ctx = { caller: granteeOf(input.principal), account: accountRef(account), otherActiveSiteAdmins: others };
  return userView(
    await decideUser(deps, account, userId, (current) =>
      disableUser(current, { reason }, { ...ctx, now: nowOf(deps) }),
    ),
  );
}
