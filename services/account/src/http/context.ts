import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { notFound, partnerAccountsOf, type Principal, type ServiceKit, z } from '@portal/platform';
import { requireCapability, type Capability } from '../domain/access-policy';
import { accountRef, type AccountState } from '../domain/account';
import {
  accountsOf,
  ACCOUNT_CONTEXT_HEADER,
  resolveActiveAccount,
  type AccountSummary,
} from '../domain/account-context';
import { requireFeature } from '../domain/feature-availability';
import type { ServiceContractOffers } from '../domain/service-contract-offers';
import type { Caller } from '../domain/types';
import type { Stores } from '../store/stores';

export interface Deps {
  kit: ServiceKit;
  stores: Stores;
  /** Service contract plans and durations per country (data, validated at start). */
  serviceContractOffers: ServiceContractOffers;
}

/** `current` = the caller's active account context (X-Account-Id header, else the stored choice, else home). */
export const accountIdParam = z
  .string()
  .regex(/^(current|[a-z0-9][a-z0-9-]{1,47})$/)
  .openapi({
    description: 'An account id, or `current` for the active account context (X-Account-Id header or stored choice)',
  });
export const idParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);

export const callerOf = (p: Principal): Caller => ({
  userId: p.userId,
  userType: p.userType,
  homeAccountId: p.homeAccountId,
  status: p.status,
  grants: p.grants,
});

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
  return accountsOf(callerOf(principal), [...byId.values()]);
}

export async function activeAccountId(deps: Deps, principal: Principal, headers: IncomingHttpHeaders): Promise<string> {
  const header = headers[ACCOUNT_CONTEXT_HEADER];
  const preference = await deps.stores.preferences.findOne({ _id: principal.userId });
  const visible = await visibleAccounts(deps, principal);
  return resolveActiveAccount(callerOf(principal), visible, {
    header: typeof header === 'string' ? header : null,
    preferred: preference?.activeAccountId,
  }).accountId;
}

/**
 * The account a route works on, after the access rules: 404 when missing or invisible to the caller, 403
 * ROLE_REQUIRED without the capability, 403 FEATURE_NOT_AVAILABLE when the feature is off for the account.
 */
export async function accountFor(
  deps: Deps,
  input: { principal: Principal; headers: IncomingHttpHeaders; params: { accountId: string } },
  /** `account-team-or-view`: internal users on any account, others as `view-account` (the domain then decides). */
  capability: Capability | 'account-team-or-view',
  feature?: string,
): Promise<AccountState> {
  const id =
    input.params.accountId === 'current'
      ? await activeAccountId(deps, input.principal, input.headers)
      : input.params.accountId;
  const account = await deps.stores.accountById(id);
  if (capability === 'account-team-or-view') {
    if (input.principal.userType !== 'internal') {
      if (!account) throw notFound('account');
      requireCapability(callerOf(input.principal), accountRef(account), 'view-account');
    }
    if (!account) throw notFound('account');
  } else {
    requireCapability(callerOf(input.principal), account ? accountRef(account) : null, capability);
  }
  if (feature) requireFeature(account!, feature);
  return account!;
}

/**
 * New record ids: a prefix and 16 random base64url characters. Digits are rare in them, so an id can never look like
 * a card number to the RAW_PAN_REFUSED scan (a dashed UUID could, once in a few thousand).
 */
export const newId = (prefix: string) => `${prefix}-${randomBytes(12).toString('base64url')}`;
