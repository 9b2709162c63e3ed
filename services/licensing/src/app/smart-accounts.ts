import { granteeOf, notFound, type Principal } from '@portal/platform';
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
  /** The last Smart Account id of the previous page. */
  after?: string;
}

/**
 * One page of the Smart Accounts the caller may see among those matching the search, by id. The store reads
 * candidates in id order after the cursor, batch by batch, until the page is full of visible ones: a page never
 * skips a match, however many invisible ones lie between.
 */
export async function searchSmartAccounts(
  l: Licensing,
  principal: Principal,
  { by, q, limit, after }: SearchPage,
): Promise<{ items: SmartAccount[]; more: boolean }> {
  const caller = granteeOf(principal);
  const resellers = new Map<string, Promise<string[]>>(); // one look-up per owner account, not per candidate
  const resellersOf = (accountId: string) => {
    if (!resellers.has(accountId)) resellers.set(accountId, l.resellersOf(accountId));
    return resellers.get(accountId)!;
  };
  const items: SmartAccount[] = [];
  let cursor = after;
  for (;;) {
    const batch = await l.store.searchSmartAccounts(by, q, { after: cursor, limit: limit + 1 });
    for (const sa of batch) {
      if (!matchesSearch(sa, by, q)) continue;
      if (!smartAccountVisibleTo(sa, caller, await resellersOf(sa.ownerAccountId))) continue;
      if (items.length === limit) return { items, more: true };
      items.push(sa);
    }
    if (batch.length < limit + 1) return { items, more: false };
    cursor = batch[batch.length - 1]!.smartAccountId;
  }
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
