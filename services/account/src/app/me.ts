import type { IncomingHttpHeaders } from 'node:http';
import { notFound, type Principal, granteeOf } from '@portal/platform';
import { accountHome, switchActiveAccount } from '../domain/account-context';
import { acceptInvitation, changeProfile, type ProfileChange } from '../domain/user-profile';
import { activeAccount, visibleAccounts } from './access';
import { nowOf, type Deps } from './deps';
import { userView } from './views';

/** The account home: the active account, your roles there, and the accounts you can switch to. */
export async function homeOf(deps: Deps, principal: Principal, headers: IncomingHttpHeaders) {
  const { active, visible } = await activeAccount(deps, principal, headers);
  return {
    user: {
      userId: principal.userId,
      email: principal.email,
      displayName: principal.displayName,
      locale: principal.locale,
      userType: principal.userType,
      status: principal.status,
    },
    ...accountHome(granteeOf(principal), active, visible),
    accounts: visible.map((a) => ({ accountId: a.accountId, name: a.name, accountType: a.accountType })),
  };
}

/** Stores the caller's choice of active account (later calls without X-Account-Id use it). */
export async function switchAccount(deps: Deps, principal: Principal, accountId: string) {
  const target = switchActiveAccount(granteeOf(principal), await visibleAccounts(deps, principal), accountId);
  await deps.stores.preferences.updateOne(
    { _id: principal.userId },
    { $set: { activeAccountId: target.accountId, updatedAt: nowOf(deps) } },
    { upsert: true },
  );
  return { activeAccountId: target.accountId };
}

async function myUser(deps: Deps, userId: string) {
  const stored = await deps.stores.users.get(userId);
  if (!stored) throw notFound('user');
  return stored.state;
}

export async function changeMyProfile(deps: Deps, principal: Principal, change: ProfileChange) {
  const user = await myUser(deps, principal.userId);
  const { state } = await deps.stores.users.decide(user.userId, (current) => changeProfile(current ?? user, change), {
    accountId: () => user.homeAccountId,
  });
  return { ...userView(state), jobTitle: state.jobTitle, phone: state.phone };
}

export async function acceptMyInvitation(deps: Deps, principal: Principal) {
  const user = await myUser(deps, principal.userId);
  const { state } = await deps.stores.users.decide(
    user.userId,
    (current) => acceptInvitation(current ?? user, nowOf(deps)),
    { accountId: () => user.homeAccountId },
  );
  return userView(state);
}
