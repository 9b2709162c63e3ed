import type { Billing } from './types';

/** The free-change allowance a contract gives (projected from the contract events). */
export interface ContractAllowance {
  contractNumber: string;
  accountId: string;
  freeChangesPerMonth: number;
  status: 'active' | 'expired' | 'terminated';
}

/** Which requests used a change of one contract in one calendar month (in the order they were submitted). */
export interface MonthlyChangeUsage {
  /** Contract number, or `account:<id>` for elements without a known contract. */
  allowanceKey: string;
  month: string;
  usedBy: string[];
  /**
   * Changes counted for requests not yet written (request id -> when, ISO). A request and its usage are two
   * documents: the usage is written first with a reservation, the reservation is removed once the request carries
   * its billing. A reservation older than the grace period whose request never got written (a crash in between)
   * gives its change back, so a crash cannot burn a free change.
   */
  reservedAt?: Record<string, string>;
}

/** How long a reservation may wait for its request before it is checked (a submit takes milliseconds). */
export const RESERVATION_GRACE_MS = 30_000;

/** Reservations old enough to be settled: their request was written by now, or never will be. */
export function staleReservations(usage: MonthlyChangeUsage | null, now: Date, graceMs = RESERVATION_GRACE_MS) {
  return Object.entries(usage?.reservedAt ?? {})
    .filter(([, at]) => now.getTime() - Date.parse(at) >= graceMs)
    .map(([requestId]) => requestId);
}

/**
 * Settles reservations: `written` requests keep their change (the reservation is dropped), `abandoned` ones give it
 * back (the request never existed, so no answer ever showed its ordinal). Pure; returns whether anything changed.
 */
export function settleReservations(
  usage: MonthlyChangeUsage,
  settled: { written: string[]; abandoned: string[] },
): { usage: MonthlyChangeUsage; changed: boolean } {
  const reservedAt = { ...(usage.reservedAt ?? {}) };
  const before = Object.keys(reservedAt).length;
  for (const id of [...settled.written, ...settled.abandoned]) delete reservedAt[id];
  const abandoned = new Set(settled.abandoned.filter((id) => id in (usage.reservedAt ?? {})));
  const usedBy = usage.usedBy.filter((id) => !abandoned.has(id));
  const changed = abandoned.size > 0 || Object.keys(reservedAt).length !== before;
  return { usage: { ...usage, usedBy, reservedAt }, changed };
}

/** Calendar month (UTC) of an instant, yyyy-mm: free changes are counted per calendar month. */
export const billingMonthOf = (now: Date): string => now.toISOString().slice(0, 7);

/** Free changes per month the element's contract gives: none without a contract, or once it is no longer active. */
export const freeChangesPerMonthOf = (contract: ContractAllowance | null): number =>
  contract && contract.status === 'active' ? Math.max(0, contract.freeChangesPerMonth) : 0;

export const allowanceKeyOf = (contractNumber: string | null, accountId: string): string =>
  contractNumber ?? `account:${accountId}`;

export const freeChangesLeft = (freeChangesPerMonth: number, usedThisMonth: number): number =>
  Math.max(0, freeChangesPerMonth - usedThisMonth);

/** Every submitted request uses one change; the ones past the monthly free changes are billable. */
export const billingFor = (month: string, freeChangesPerMonth: number, ordinal: number): Billing => ({
  month,
  freeChangesPerMonth,
  ordinal,
  billable: ordinal > freeChangesPerMonth,
});

/** What the caller is told before confirming (preview and submit answers). */
export interface BillingNotice {
  month: string;
  freeChangesPerMonth: number;
  usedThisMonth: number;
  freeChangesLeft: number;
  billable: boolean;
}

export const billingNotice = (billing: Billing): BillingNotice => ({
  month: billing.month,
  freeChangesPerMonth: billing.freeChangesPerMonth,
  usedThisMonth: billing.ordinal,
  freeChangesLeft: freeChangesLeft(billing.freeChangesPerMonth, billing.ordinal),
  billable: billing.billable,
});

/** The change this request would use if submitted now (nothing is recorded). */
export const previewBilling = (
  usage: MonthlyChangeUsage | null,
  requestId: string | null,
  freeChangesPerMonth: number,
  now: Date,
): Billing => {
  const month = billingMonthOf(now);
  const used = usage && usage.month === month ? usage.usedBy : [];
  const already = requestId ? used.indexOf(requestId) : -1;
  return billingFor(month, freeChangesPerMonth, already >= 0 ? already + 1 : used.length + 1);
};

/**
 * Records that the request uses one change of the month. Idempotent: a request already counted keeps its place
 * (a retried submit is never counted twice). Returns the usage after, and the request's ordinal in the month.
 */
export function useChange(
  usage: MonthlyChangeUsage | null,
  allowanceKey: string,
  month: string,
  requestId: string,
  now: Date,
): { usage: MonthlyChangeUsage; ordinal: number; changed: boolean } {
  const current = usage ?? { allowanceKey, month, usedBy: [] };
  const index = current.usedBy.indexOf(requestId);
  if (index >= 0) return { usage: current, ordinal: index + 1, changed: false };
  const next = {
    ...current,
    usedBy: [...current.usedBy, requestId],
    reservedAt: { ...(current.reservedAt ?? {}), [requestId]: now.toISOString() },
  };
  return { usage: next, ordinal: next.usedBy.length, changed: true };
}
