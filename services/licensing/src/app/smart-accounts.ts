import { granteeOf, notFound, type Page, type Principal } from '@portal/platform';
import type { Entitlement } from '../domain/licensing-order';
import {
  activateSmartAccount as activate,
  addVirtualAccount as addVa,
  createSmartAccount as create,
  matchesSearch,
  smartAccountVisibleTo,
  type NewSmartAccount,
  type SmartAccount,
  type SmartAccountSearchField,
} from '../domain/smart-account';
import { newId, type Licensing } from './licensing';

export type SmartAccountInput = Omit<NewSmartAccount, 'smartAccountId' | 'virtualAccounts'> & {
  virtualAccounts: { name: string }[];
};

export async function createSmartAccount(
  l: Licensing,
  principal: Principal,
  input: SmartAccountInput,
  smartAccountId = newId('sa'),
): Promise<SmartAccount> {
  const decision = create(
    {
      ...input,
      smartAccountId,
      virtualAccounts: input.virtualAccounts.map((va) => ({ virtualAccountId: newId('va'), name: va.name })),
    },
    granteeOf(principal),
    l.now(),
  );
  await l.store.smartAccounts.createDecided(smartAccountId, decision, { accountId: (sa) => sa.ownerAccountId });
  return decision.state;
}

/** The Smart Account if the caller may see it (404 otherwise, never 403). */
export async function visibleSmartAccount(l: Licensing, principal: Principal, smartAccountId: string) {
  const sa = (await l.store.smartAccounts.get(smartAccountId))?.state;
  if (!sa || !smartAccountVisibleTo(sa, granteeOf(principal), await l.resellersOf(sa.ownerAccountId)))
    throw notFound('Smart Account');
  return sa;
}

export async function activateSmartAccount(l: Licensing, principal: Principal, smartAccountId: string) {
  await visibleSmartAccount(l, principal, smartAccountId);
  return (await l.mutate(
    l.store.smartAccounts,
    smartAccountId,
    (sa) => activate(sa!, granteeOf(principal), l.now()),
    (sa) => sa.ownerAccountId,
  ))!;
}

export async function addVirtualAccount(l: Licensing, principal: Principal, smartAccountId: string, name: string) {
  await visibleSmartAccount(l, principal, smartAccountId);
  const va = { virtualAccountId: newId('va'), name };
  return (await l.mutate(
    l.store.smartAccounts,
    smartAccountId,
    (sa) => addVa(sa!, va, granteeOf(principal)),
    (sa) => sa.ownerAccountId,
  ))!;
}

export interface SearchPage {
  by: SmartAccountSearchField;
  q: string;
  limit: number;
  /** The previous page's nextCursor. */
  cursor?: string;
}

/**
 * One page of the Smart Accounts the caller may see among those matching the search, by id: the platform's keyset
 * reads candidates in id order after the cursor and reads on until the page is full of visible ones, so a page
 * never skips a match, however many invisible ones lie between.
 */
export async function searchSmartAccounts(
  l: Licensing,
  principal: Principal,
  { by, q, limit, cursor }: SearchPage,
): Promise<Page<SmartAccount>> {
  const caller = granteeOf(principal);
  const resellers = new Map<string, Promise<string[]>>(); // one look-up per owner account, not per candidate
  const resellersOf = (accountId: string) => {
    if (!resellers.has(accountId)) resellers.set(accountId, l.resellersOf(accountId));
    return resellers.get(accountId)!;
  };
  const keep = async (sa: SmartAccount) =>
    matchesSearch(sa, by, q) && smartAccountVisibleTo(sa, caller, await resellersOf(sa.ownerAccountId));
  return l.store.searchSmartAccounts(by, q, { limit, cursor, keep });
}

/** The entitlements deposited into one virtual account of a visible Smart Account. */
export async function virtualAccountEntitlements(
  l: Licensing,
  principal: Principal,
  smartAccountId: string,
  virtualAccountId: string,
): Promise<{ smartAccount: SmartAccount; entitlements: Entitlement[] }> {
  const smartAccount = await visibleSmartAccount(l, principal, smartAccountId);
  if (!smartAccount.virtualAccounts.some((va) => va.virtualAccountId === virtualAccountId))
    throw notFound('Virtual account');
  return { smartAccount, entitlements: await l.store.entitlementsOf(virtualAccountId) };
}
