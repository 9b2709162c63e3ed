/**
 * Licences by virtual account (seed 004 item 9): the entitlements deposited in the period into the virtual
 * accounts of the Smart Accounts the account owns, grouped by Smart Account then virtual account (by name), one
 * row per deposited licence line. The CSV streaming is the platform's.
 */
import type { Entitlement } from './licensing-order';
import type { SmartAccount, VirtualAccount } from './smart-account';

export const LICENCE_REPORT_COLUMNS = [
  { key: 'smartAccount', header: 'Smart Account' },
  { key: 'smartAccountId', header: 'Smart Account id' },
  { key: 'virtualAccount', header: 'Virtual account' },
  { key: 'virtualAccountId', header: 'Virtual account id' },
  { key: 'sku', header: 'SKU' },
  { key: 'quantity', header: 'Quantity' },
  { key: 'orderNumber', header: 'Order number' },
  { key: 'lineNumber', header: 'Order line' },
  { key: 'termStart', header: 'Term start' },
  { key: 'termEnd', header: 'Term end' },
  { key: 'depositedAt', header: 'Deposited at (UTC)' },
] as const;

export type LicenceRow = Record<(typeof LICENCE_REPORT_COLUMNS)[number]['key'], string>;

/** Virtual accounts in report order: Smart Accounts by name, then their virtual accounts by name (ids break ties). */
export function virtualAccountsInOrder(
  owned: SmartAccount[],
): { smartAccount: SmartAccount; virtualAccount: VirtualAccount }[] {
  const byName =
    <T extends { name: string }>(id: (t: T) => string) =>
    (a: T, b: T) =>
      a.name.localeCompare(b.name) || id(a).localeCompare(id(b));
  return [...owned]
    .sort(byName((s) => s.smartAccountId))
    .flatMap((smartAccount) =>
      [...smartAccount.virtualAccounts]
        .sort(byName((v) => v.virtualAccountId))
        .map((virtualAccount) => ({ smartAccount, virtualAccount })),
    );
}

/** Deposited within [from, to] (calendar days, UTC, inclusive) into that virtual account. */
export const depositedIn = (e: Entitlement, virtualAccountId: string, period: { from: string; to: string }) =>
  e.virtualAccountId === virtualAccountId &&
  e.depositedAt.toISOString().slice(0, 10) >= period.from &&
  e.depositedAt.toISOString().slice(0, 10) <= period.to;

export function licenceRow(smartAccount: SmartAccount, virtualAccount: VirtualAccount, e: Entitlement): LicenceRow {
  return {
    smartAccount: smartAccount.name,
    smartAccountId: smartAccount.smartAccountId,
    virtualAccount: virtualAccount.name,
    virtualAccountId: virtualAccount.virtualAccountId,
    sku: e.sku,
    quantity: String(e.quantity),
    orderNumber: e.orderNumber,
    lineNumber: String(e.lineNumber),
    termStart: e.term?.startDate ?? '',
    termEnd: e.term?.endDate ?? '',
    depositedAt: e.depositedAt.toISOString(),
  };
}
