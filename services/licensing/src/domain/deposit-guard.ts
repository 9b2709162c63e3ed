/**
 * The deposit guard: licences land in the virtual account only when the order is shipped and confirmed, not on
 * export hold and its Smart Account active; exactly once per licence line, whatever order the facts arrive in.
 *
 * The sales order's progress is the order service's: licensing keeps the one of its latest snapshot (highest
 * `revision`, so a replayed older snapshot changes nothing) and does not fold the ERP's facts again. Its own fact,
 * Smart Account activations, is a set. `depositGuard` is a pure function of those conditions, the order's lines,
 * its target and the lines already deposited.
 */
export type LineKind = 'hardware' | 'software' | 'service' | 'subscription';

export interface OrderLine {
  lineNumber: number;
  sku: string;
  kind: LineKind;
  quantity: number;
}

/** Where the sales order stands, as the order service's snapshot of revision `revision` says. */
export interface SalesOrderProgress {
  /** The snapshot's revision (0: no snapshot yet; documents stored before the snapshots have none either). */
  revision: number;
  shippedAt: Date | null;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  exportHold: boolean;
}

export interface DepositConditions extends SalesOrderProgress {
  /** Smart Accounts known to be active (sorted set). */
  activeSmartAccountIds: string[];
}

export type OrderFact =
  ({ kind: 'sales-order' } & SalesOrderProgress) | { kind: 'smart-account-active'; smartAccountId: string };

export const noConditions = (): DepositConditions => ({
  revision: 0,
  shippedAt: null,
  confirmedAt: null,
  cancelledAt: null,
  exportHold: false,
  activeSmartAccountIds: [],
});

/** The revision of the snapshot the conditions come from (0 for none, also on documents from before snapshots). */
export const revisionOf = (c: DepositConditions): number => (c as Partial<DepositConditions>).revision ?? 0;

/** Commutative and idempotent: the highest snapshot revision wins, activations are a set. */
export function recordFact(c: DepositConditions, fact: OrderFact): DepositConditions {
  switch (fact.kind) {
    case 'sales-order': {
      if (fact.revision <= revisionOf(c)) return c;
      const { kind: _kind, ...progress } = fact;
      return { ...c, ...progress };
    }
    case 'smart-account-active':
      return c.activeSmartAccountIds.includes(fact.smartAccountId)
        ? c
        : { ...c, activeSmartAccountIds: [...c.activeSmartAccountIds, fact.smartAccountId].sort() };
  }
}

/** Orders stored before the snapshots carry the ERP's hold times instead, read until their first snapshot. */
type BeforeSnapshots = { holdPlacedAt?: Date | null; holdReleasedAt?: Date | null };

export function onExportHold(c: DepositConditions): boolean {
  if (revisionOf(c) > 0) return c.exportHold;
  const { holdPlacedAt: placed, holdReleasedAt: released } = c as BeforeSnapshots;
  return !!placed && (!released || placed.getTime() > released.getTime());
}

/** Only software and subscription lines carry licences; hardware and service lines deposit nothing. */
export const isLicenceLine = (line: OrderLine) => line.kind === 'software' || line.kind === 'subscription';

export type WaitReason =
  | 'awaiting-booking'
  | 'awaiting-shipment'
  | 'awaiting-confirmation'
  | 'export-hold'
  | 'smart-account-pending'
  | 'partner-holding-account'
  | 'order-cancelled';

export interface DepositTarget {
  smartAccountId: string;
  holdingAccount: boolean;
}

export interface GuardInput {
  conditions: DepositConditions;
  /** null until the booking is known */
  lines: readonly OrderLine[] | null;
  target: DepositTarget | null;
  depositedLineNumbers: readonly number[];
}

export type GuardVerdict =
  | { verdict: 'deposit'; lines: OrderLine[] }
  | { verdict: 'wait'; reasons: WaitReason[] }
  /** nothing to do: no assignment yet, or every licence line already deposited (or none to deposit) */
  | { verdict: 'idle' };

export function depositGuard({ conditions: c, lines, target, depositedLineNumbers }: GuardInput): GuardVerdict {
  if (target === null) return { verdict: 'idle' };
  const pending =
    lines === null ? null : lines.filter((l) => isLicenceLine(l) && !depositedLineNumbers.includes(l.lineNumber));
  if (pending !== null && pending.length === 0) return { verdict: 'idle' };
  const reasons: WaitReason[] = [];
  if (c.cancelledAt !== null) reasons.push('order-cancelled');
  if (lines === null) reasons.push('awaiting-booking');
  if (c.shippedAt === null) reasons.push('awaiting-shipment');
  else if (c.confirmedAt === null) reasons.push('awaiting-confirmation');
  if (onExportHold(c)) reasons.push('export-hold');
  if (target.holdingAccount) reasons.push('partner-holding-account');
  else if (!c.activeSmartAccountIds.includes(target.smartAccountId)) reasons.push('smart-account-pending');
  if (reasons.length > 0 || pending === null) return { verdict: 'wait', reasons };
  return { verdict: 'deposit', lines: pending };
}
