/**
 * Who may see and do what in the order service (pure; grants come from the access projection).
 * - See a record (contract, sales order, upgrade request, invoice) of an account: a grant on that account that is
 *   not narrowed to a contract; or a grant narrowed to the record's contract (contract-scoped records only); or
 *   `partner-admin` on a partner account that is the account's reseller of record (`resoldBy`) or the order's
 *   (the platform's one reseller rule, access/reseller.ts: no other role on the partner account counts).
 * - Request an upgrade: role `operations` on the contract's account (a grant narrowed to another contract does not count).
 * - Approve or reject: an internal user holding the `approver` role (on any account: the vendor's own); approvers may
 *   also open any single record they are asked to decide on.
 */
import { APPROVER_ROLES } from './approval-rules';
import { hasRoleOn, holdsRole, isInternal, partnerAccountsOf } from '@portal/platform/src/domain';
import type { Caller } from './types';

/** Internal users holding a role of any approval tier (approval-rules.ts) read and decide upgrade requests. */
export const isApprover = (caller: Caller): boolean => isInternal(caller) && holdsRole(caller, APPROVER_ROLES);

/** `role` on the account; with a contract, an account-wide grant or one narrowed to that contract (no other). */
export const hasRoleOnContract = (caller: Caller, accountId: string, role: string, contractNumber: string | null) =>
  hasRoleOn(caller, accountId, role, contractNumber ? { contractNumber } : {});

/** What a caller may read. `accounts`: whole accounts; `contracts`: single contracts of other accounts. */
export interface Visibility {
  accounts: string[];
  contracts: { accountId: string; contractNumber: string }[];
  /** Internal approvers reading single records. */
  everything: boolean;
  /** Partner accounts the caller is partner-admin of: records those partners sold are visible too. */
  partners: string[];
}

/** Partner accounts where the caller is `partner-admin` (the platform's one reseller rule): their customers become visible. */
export const partnerAccounts = (caller: Caller): string[] => partnerAccountsOf(caller);

export function visibility(
  caller: Caller,
  resoldBy: ReadonlyMap<string, readonly string[]> = new Map(),
  options: { singleRecord?: boolean } = {},
): Visibility {
  const own = [...new Set(caller.grants.filter((g) => g.contractNumber === null).map((g) => g.accountId))];
  const resold = partnerAccounts(caller).flatMap((partner) => resoldBy.get(partner) ?? []);
  const accounts = [...new Set([...own, ...resold])].sort();
  const contracts = caller.grants
    .filter((g) => g.contractNumber !== null && !accounts.includes(g.accountId))
    .map((g) => ({ accountId: g.accountId, contractNumber: g.contractNumber! }));
  return {
    accounts,
    contracts,
    everything: !!options.singleRecord && isApprover(caller),
    partners: partnerAccounts(caller),
  };
}

/** Accounts to query for lists (then filtered record by record with canSee). */
export const accountsToQuery = (v: Visibility): string[] =>
  [...new Set([...v.accounts, ...v.contracts.map((c) => c.accountId)])].sort();

export function canSee(
  v: Visibility,
  record: { accountId: string; contractNumber?: string | null; resellerAccountId?: string | null },
): boolean {
  if (v.everything || v.accounts.includes(record.accountId)) return true;
  // The order's own reseller of record: its partner-admins only (any other role there gives nothing).
  if (record.resellerAccountId && v.partners.includes(record.resellerAccountId)) return true;
  return (
    !!record.contractNumber &&
    v.contracts.some((c) => c.accountId === record.accountId && c.contractNumber === record.contractNumber)
  );
}
