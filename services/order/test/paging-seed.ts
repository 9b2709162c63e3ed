/**
 * Bulk seeding of the paging suites: aggregate documents built by the domain's own rules, inserted with insertMany
 * into the collections the list routes read (fast), and a reader that follows nextCursor to the end.
 */
import type { RunningService } from '@portal/platform';
import { everyPage, type TestEnv } from '@portal/platform/src/testing';
import { address, lines } from '../src/domain/__fixtures__/upgrade';
import { recordSalesOrderFact } from '../src/domain/sales-order';
import { acme, type Json } from './helpers';

export const COUNT = 2_500;
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const now = new Date('2026-11-22T09:00:00.000Z');
export const pad = (i: number) => String(i).padStart(5, '0');

export const source = (accountId: string, id: string) => ({ eventId: `seed-${id}`, occurredAt: now, accountId });

/** An aggregate document as the platform stores it (state + bookkeeping the lists must never show). */
export const doc = (id: string, state: object) => ({
  _id: id,
  version: 1,
  outbox: [],
  outboxPendingSince: null,
  appliedEventIds: [`seed-${id}`],
  ...state,
});

/** One line (software, no serials): on FerretDB a sorted read decodes every document; small ones page faster. */
export const ORDER_LINES = [lines[1]!];

/** A booked order of `accountId` (contract C-ACME for acme, C-OTHER otherwise), as the ERP fold stores it. */
export function salesOrder(orderNumber: string, accountId: string, placedAt: Date, webOrderNumber: string | null) {
  const booked = {
    kind: 'booked' as const,
    webOrderNumber,
    contractNumber: accountId === acme ? 'C-ACME' : 'C-OTHER',
    placedAt,
  };
  const fact = { ...booked, currency: 'EUR', lines: ORDER_LINES, shipTo: address, term: null };
  const ids = { resellerAccountId: null, upgradeRequestId: null, purchaseAuthorizationId: null };
  return doc(
    orderNumber,
    recordSalesOrderFact(null, orderNumber, { ...fact, ...ids }, source(accountId, orderNumber))!.state,
  );
}

/** Every page of a list as `token`'s user, following nextCursor to the end (pages of 100). */
export async function allPages(env: TestEnv, svc: RunningService, token: string, path: string): Promise<Json[]> {
  return (await everyPage<Json>(env.http(svc), path, { token, limit: 100 })).items;
}
