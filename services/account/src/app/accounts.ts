import { granteeOf, type Principal } from '@portal/platform';
import type { AccountState, SupportContact } from '../domain/account';
import {
  changeAccountSettings,
  changeCompanyDetails,
  configureSso,
  type AccountSettings,
  type SsoCommand,
} from '../domain/change-account';
import { createAccount, type CreateAccount } from '../domain/create-account';
import { setSupportContacts } from '../domain/support';
import type { Decision } from '../domain/types';
import { accountFor, visibleAccounts, type AccountRequest } from './access';
import { nowOf, type Deps } from './deps';
import { mapPage } from '@portal/platform';
import { accountView } from './views';

const resellersOf = (deps: Deps, ids: string[] | undefined) => deps.stores.accountsByIds(ids ?? []);

/** One decision on an account, stored with its events (they belong to that account). */
const decideAccount = (deps: Deps, account: AccountState, decide: (a: AccountState) => Decision<AccountState>) =>
  deps.stores.accounts
    .decide(account.accountId, (current) => decide(current ?? account), { accountId: () => account.accountId })
    .then((r) => r.state);

/** The account team opens an account (AccountCreated). */
export async function openAccount(deps: Deps, principal: Principal, cmd: CreateAccount) {
  const resellers = await resellersOf(deps, cmd.resellerAccountIds);
  const { state } = await deps.stores.accounts.decide(
    cmd.accountId,
    (current) => createAccount(current, cmd, { caller: granteeOf(principal), resellers, now: nowOf(deps) }),
    { accountId: () => cmd.accountId },
  );
  return accountView(state);
}

export const accountOf = async (deps: Deps, input: AccountRequest) =>
  accountView(await accountFor(deps, input, 'account-team-or-view'));

/** Accounts the caller can work in (the account team sees every account), by account id. */
export async function accountsVisibleTo(deps: Deps, principal: Principal, page: { limit: number; cursor?: string }) {
  const ids =
    principal.userType === 'internal' ? null : (await visibleAccounts(deps, principal)).map((a) => a.accountId);
  const found = await deps.stores.accountsPage(ids, page);
  return mapPage(found, accountView);
}

export async function changeCompany(
  deps: Deps,
  input: AccountRequest,
  details: Parameters<typeof changeCompanyDetails>[1],
) {
  const account = await accountFor(deps, input, 'view-account');
  const caller = granteeOf(input.principal);
  return accountView(
    await decideAccount(deps, account, (a) => changeCompanyDetails(a, details, { caller, now: nowOf(deps) })),
  );
}

export async function changeSettings(deps: Deps, input: AccountRequest, settings: AccountSettings) {
  const account = await accountFor(deps, input, 'account-team-or-view');
  const resellers = await resellersOf(deps, settings.resellerAccountIds);
  const caller = granteeOf(input.principal);
  return accountView(
    await decideAccount(deps, account, (a) =>
      changeAccountSettings(a, settings, { caller, resellers, now: nowOf(deps) }),
    ),
  );
}

export async function changeSso(deps: Deps, input: AccountRequest, sso: SsoCommand) {
  const account = await accountFor(deps, input, 'account-team-or-view');
  const caller = granteeOf(input.principal);
  return accountView(await decideAccount(deps, account, (a) => configureSso(a, sso, { caller, now: nowOf(deps) })));
}

/** The account team publishes who to contact; the list is replaced whole. */
export async function publishSupportContacts(
  deps: Deps,
  input: AccountRequest,
  contacts: (Omit<SupportContact, 'phone'> & { phone?: string | null })[],
) {
  const account = await accountFor(deps, input, 'account-team-or-view');
  const caller = granteeOf(input.principal);
  const normalized = contacts.map((c) => ({ ...c, phone: c.phone ?? null }));
  const state = await decideAccount(deps, account, (a) =>
    setSupportContacts(a, normalized, { caller, now: nowOf(deps) }),
  );
  return { contacts: state.supportContacts };
}

export const supportContactsOf = async (deps: Deps, input: AccountRequest) => ({
  contacts: (await accountFor(deps, input, 'view-account')).supportContacts,
});
