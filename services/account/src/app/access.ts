import type { IncomingHttpHeaders } from 'node:http';
import { granteeOf, notFound, partnerAccountsOf, type Principal } from '@portal/platform';
import { requireCapability, requireUserAdministration, type Capability } from '../domain/access-policy';
import { accountRef, type AccountState } from '../domain/account';
import {
  accountsOf,
  ACCOUNT_CONTEXT_HEADER,
  resolveActiveAccount,
  type AccountSummary,
} from '../domain/account-context';
import { requireFeature } from '../domain/feature-availability';
import type { Deps } from './deps';

/** What an account-scoped request carries: who asks, the headers (X-Account-Id) and the account id or `current`. */
export interface AccountRequest {
  principal: Principal;
  headers: IncomingHttpHeaders;
  params: { accountId: string };
}

const summary = (a: AccountState): AccountSummary => ({
  accountId: a.accountId,
  name: a.name,
  accountType: a.accountType,
  resellerAccountIds: a.resellerAccountIds,
  status: a.status,
  accessGroup: a.accessGroup,
  country: a.country,
  features: a.features,
});

/** Accounts the caller can work in (own grants, plus customers resold by its partner accounts). */
export async function visibleAccounts(deps: Deps, principal: Principal): Promise<AccountSummary[]> {
  const ids = [...new Set(principal.grants.map((g) => g.accountId))];
  const partnerIds = partnerAccountsOf(principal);
  const [own, resold] = await Promise.all([deps.stores.accountsByIds(ids), deps.stores.accountsResoldBy(partnerIds)]);
  const byId = new Map([...own, ...resold].map((a) => [a.accountId, summary(a)]));
  return accountsOf(granteeOf(principal), [...byId.values()]);
}

/** The active account context (X-Account-Id header, else the stored choice, else home) and the visible accounts. */
export async function activeAccount(deps: Deps, principal: Principal, headers: IncomingHttpHeaders) {
  const header = headers[ACCOUNT_CONTEXT_HEADER];
  const [preference, visible] = await Promise.all([
    deps.stores.preferences.findOne({ _id: principal.userId }),
    visibleAccounts(deps, principal),
  ]);
  const active = resolveActiveAccount(granteeOf(principal), visible, {
    header: typeof header === 'string' ? header : null,
    preferred: preference?.activeAccountId,
  });
  return { active, visible };
}

/**
 * The guard of every account-scoped use case: the account after the access rules. 404 when missing or invisible to
 * the caller, 403 ROLE_REQUIRED without the capability, 403 FEATURE_NOT_AVAILABLE when the feature is off for it.
 */
export async function accountFor(
  deps: Deps,
  input: AccountRequest,
  /** `account-team-or-view`: internal users on any account, others as `view-account` (the domain then decides). */
  capability: Capability | 'account-team-or-view',
  feature?: string,
): Promise<AccountState> {
  const id =
    input.params.accountId === 'current'
      ? (await activeAccount(deps, input.principal, input.headers)).active.accountId
      : input.params.accountId;
  const account = await deps.stores.accountById(id);
  if (capability === 'account-team-or-view') {
    if (input.principal.userType !== 'internal') {
      if (!account) throw notFound('account');
      requireCapability(granteeOf(input.principal), accountRef(account), 'view-account');
    }
    if (!account) throw notFound('account');
  } else {
    requireCapability(granteeOf(input.principal), account ? accountRef(account) : null, capability);
  }
  if (feature) requireFeature(account!, feature);
  return account!;
}

/** The account, after checking the caller administers its users (site admin, partner-admin of a partner account, account team). */
export async function administeredAccount(deps: Deps, input: AccountRequest): Promise<AccountState> {
  const account = await accountFor(deps, input, 'account-team-or-view');
  requireUserAdministration(granteeOf(input.principal), accountRef(account));
  return account;
}
