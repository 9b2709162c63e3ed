import { notFound } from '@portal/platform/src/errors';
import { canSeeAccount, rolesOn } from './access-policy';
import { SWITCHABLE_ACCOUNT_TYPES, type AccountState, type AccountType } from './account';
import type { Grantee } from './types';

export type AccountSummary = Pick<
  AccountState,
  'accountId' | 'name' | 'accountType' | 'resellerAccountIds' | 'status'
> &
  Partial<Pick<AccountState, 'accessGroup' | 'country' | 'features'>>;

/** The active account context header: overrides the stored preference for one call. */
export const ACCOUNT_CONTEXT_HEADER = 'x-account-id';

/** Accounts the caller may work in: those it holds grants on, plus those its partner accounts resell. */
export function accountsOf(caller: Grantee, candidates: AccountSummary[]): AccountSummary[] {
  return candidates
    .filter((a) => a.status !== 'closed' && canSeeAccount(caller, { ...a, accountId: a.accountId }))
    .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
}

/**
 * The account a call works in: the `X-Account-Id` header when given, else the user's stored choice (switch via
 * PUT /me/active-account), else the home account, else the first account it can see. A header naming an account
 * the caller cannot see answers 404; a stale stored choice falls back silently.
 */
export function resolveActiveAccount(
  caller: Grantee,
  visible: AccountSummary[],
  choice: { header?: string | null; preferred?: string | null },
): AccountSummary {
  const find = (id: string | null | undefined) => (id ? visible.find((a) => a.accountId === id) : undefined);
  if (choice.header) {
    const fromHeader = find(choice.header);
    if (!fromHeader) throw notFound('account');
    return fromHeader;
  }
  const chosen = find(choice.preferred) ?? find(caller.homeAccountId) ?? visible[0];
  if (!chosen) throw notFound('account');
  return chosen;
}

/** Validates a switch of the active account (stored per user). */
export function switchActiveAccount(caller: Grantee, visible: AccountSummary[], accountId: string): AccountSummary {
  const target = visible.find((a) => a.accountId === accountId);
  if (!target) throw notFound('account');
  return target;
}

export interface AccountHome {
  account: {
    accountId: string;
    name: string;
    accountType: AccountType | 'partner';
    accessGroup: string | null;
    country: string | null;
  };
  roles: string[];
  /** How the caller holds access here: `member` (own grants) or `reseller` (partner of record). */
  accessVia: 'member' | 'reseller';
  features: string[];
  /** Account types the user can switch between (premier, home, business) with the account each goes to. */
  accountTypes: { accountType: AccountType; accountId: string; active: boolean }[];
  /** Premier pages the user can switch to. */
  premierPages: { accountId: string; name: string; active: boolean }[];
}

/** The account home's top navigation (seed 004 item 1). */
export function accountHome(caller: Grantee, active: AccountSummary, visible: AccountSummary[]): AccountHome {
  const roles = rolesOn(caller, active.accountId).sort();
  const types: AccountHome['accountTypes'] = [];
  for (const type of SWITCHABLE_ACCOUNT_TYPES) {
    const ofType = visible.filter((a) => a.accountType === type);
    if (ofType.length === 0) continue;
    const target = ofType.find((a) => a.accountId === active.accountId) ?? ofType[0]!;
    types.push({ accountType: type, accountId: target.accountId, active: active.accountType === type });
  }
  return {
    account: {
      accountId: active.accountId,
      name: active.name,
      accountType: active.accountType,
      accessGroup: active.accessGroup ?? null,
      country: active.country ?? null,
    },
    roles: roles.length ? roles : ['partner-admin'],
    accessVia: roles.length ? 'member' : 'reseller',
    features: active.features ?? [],
    accountTypes: types,
    premierPages: visible
      .filter((a) => a.accountType === 'premier')
      .map((a) => ({ accountId: a.accountId, name: a.name, active: a.accountId === active.accountId })),
  };
}
