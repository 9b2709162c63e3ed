import { type Principal, notFound, partnerAccountsOf, visibleAccountIds } from '@portal/platform';
import { type ResoldAccount, granteeOf } from '@portal/platform/src/domain';
import { type AccessAction, assertMay, canSee } from '../domain/access';
import type { ChangeRequest, InventoryElement } from '../domain/types';
import type { ChangeTicketApp } from './context';

// The guards and loads every use case starts with: the account as access rules need it, and the records the caller
// may see. The rules themselves are the domain's capability table (domain/access.ts) over the caller's grants.

/** An account as the access rules need it: who resells it (the reseller rule), from the access projection. */
async function accountOf(app: ChangeTicketApp, accountId: string): Promise<ResoldAccount> {
  return { accountId, resellerAccountIds: (await app.access.account(accountId))?.resellerAccountIds ?? [] };
}

/** May the caller see the account's records at all (own profile, reseller of record, or operator)? */
export async function maySee(app: ChangeTicketApp, principal: Principal, accountId: string): Promise<boolean> {
  return canSee(granteeOf(principal), await accountOf(app, accountId));
}

/** Accounts the caller works in: own grants plus the customers it acts for as reseller. */
export async function accountsOf(app: ChangeTicketApp, principal: Principal): Promise<string[]> {
  const resold = new Map<string, string[]>();
  for (const partner of partnerAccountsOf(principal)) resold.set(partner, await app.access.accountsResoldBy(partner));
  return visibleAccountIds(principal, (partner) => resold.get(partner) ?? []);
}

/** An element the caller may act on (404 for elements of accounts they cannot see). */
export async function elementFor(
  app: ChangeTicketApp,
  principal: Principal,
  elementId: string,
  action: AccessAction,
): Promise<InventoryElement> {
  const element = await app.inventory.get(elementId);
  if (!element) throw notFound('inventory element');
  assertMay(action, granteeOf(principal), await accountOf(app, element.accountId), 'inventory element');
  return element;
}

/** A change request the caller may act on (404 for requests of accounts they cannot see). */
export async function requestFor(
  app: ChangeTicketApp,
  principal: Principal,
  id: string,
  action: AccessAction,
): Promise<ChangeRequest> {
  const request = await app.requests.get(id);
  if (!request) throw notFound('change request');
  assertMay(action, granteeOf(principal), await accountOf(app, request.accountId));
  return request;
}

/** The element a request is about, whoever may see it (the request was checked already). */
export async function elementOfRequest(app: ChangeTicketApp, request: ChangeRequest): Promise<InventoryElement> {
  const element = await app.inventory.get(request.elementId);
  if (!element) throw notFound('inventory element');
  return element;
}

/** The perimeter, when the caller may see its account (404 otherwise, so ids cannot be probed). */
export async function perimeterFor(app: ChangeTicketApp, principal: Principal, perimeterId: string) {
  const perimeter = await app.inventory.perimeterOf(perimeterId);
  if (!perimeter || !(await maySee(app, principal, perimeter.accountId))) throw notFound('perimeter');
  return perimeter;
}
