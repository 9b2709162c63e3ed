import {
  type Principal,
  actsForCustomer,
  notFound,
  partnerAccountsOf,
  sectionLevel,
  visibleAccountIds,
} from '@portal/platform';
import {
  type AccessAction,
  type Caller,
  REQUESTS_SECTION,
  assertMay,
  canSee,
  levelWithResellerStanding,
} from '../domain/access';
import type { ChangeRequest, InventoryElement } from '../domain/types';
import type { ChangeTicketApp } from './context';

// The guards and loads every use case starts with: who the caller is on an account, and the records they may see.

/** The caller on one account: their own profile on section requests, or the reseller's (one rule) when higher. */
export const callerOn = (
  principal: Principal,
  accountId: string,
  resellerAccountIds: readonly string[] = [],
): Caller => ({
  userId: principal.userId,
  userType: principal.userType,
  level: levelWithResellerStanding(
    sectionLevel(principal, accountId, REQUESTS_SECTION),
    actsForCustomer(principal, { resellerAccountIds }),
  ),
});

/** The caller as the rules see them on one account (own profile, or reseller of record's). */
export async function callerFor(app: ChangeTicketApp, principal: Principal, accountId: string): Promise<Caller> {
  return callerOn(principal, accountId, (await app.access.account(accountId))?.resellerAccountIds ?? []);
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
  assertMay(action, await callerFor(app, principal, element.accountId), 'inventory element');
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
  assertMay(action, await callerFor(app, principal, request.accountId));
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
  if (!perimeter || !canSee(await callerFor(app, principal, perimeter.accountId))) throw notFound('perimeter');
  return perimeter;
}
