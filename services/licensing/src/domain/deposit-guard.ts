/**
 * The deposit guard: licences land in the virtual account only when the order is shipped and confirmed, not on
 * export hold and its Smart Account active; exactly once per licence line, whatever order the facts arrive in.
 *
 * Facts are folded into `DepositConditions` by `recordFact`, which is commutative and idempotent (earliest
 * shipment/confirmation wins, export hold compares the ERP's own timestamps, activations are a set), so any
 * arrival order and any number of duplicates yield the same conditions. `depositGuard` is a pure function of
 * those conditions, the order's lines, its target and the lines already deposited.
 */
export type LineKind = 'hardware' | 'software' | 'service' | 'subscription';

export interface OrderLine {
  lineNumber: number;
  sku: string;
  kind: LineKind;
  quantity: number;
}

export interface DepositConditions {
  shippedAt: Date | null;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  /** Latest export-hold placement and release, by the ERP's timestamps: on hold when placed after released. */
  holdPlacedAt: Date | null;
  holdReleasedAt: Date | null;
  /** Smart Accounts known to be active (sorted set). */
  activeSmartAccountIds: string[];
}

export type OrderFact =
  | { kind: 'shipped'; at: Date }
  | { kind: 'confirmed'; at: Date }
  | { kind: 'cancelled'; at: Date }
  | { kind: 'export-hold-placed'; at: Date }
  | { kind: 'export-hold-released'; at: Date }
  | { kind: 'smart-account-active'; smartAccountId: string };

export const noConditions = (): DepositConditions => ({
  shippedAt: null,
  confirmedAt: null,
  cancelledAt: null,
  holdPlacedAt: null,
  holdReleasedAt: null,
  activeSmartAccountIds: [],
});

const earliest = (a: Date | null, b: Date) => (a === null || b.getTime() < a.getTime() ? b : a);
const latest = (a: Date | null, b: Date) => (a === null || b.getTime() > a.getTime() ? b : a);

export function recordFact(c: DepositConditions, fact: OrderFact): DepositConditions {
  switch (fact.kind) {
    case 'shipped':
      return { ...c, shippedAt: earliest(c.shippedAt, fact.at) };
    case 'confirmed':
      return { ...c, confirmedAt: earliest(c.confirmedAt, fact.at) };
    case 'cancelled':
      return { ...c, cancelledAt: earliest(c.cancelledAt, fact.at) };
    case 'export-hold-placed':
      return { ...c, holdPlacedAt: latest(c.holdPlacedAt, fact.at) };
    case 'export-hold-released':
      return { ...c, holdReleasedAt: latest(c.holdReleasedAt, fact.at) };
    case 'smart-account-active':
      return c.activeSmartAccountIds.includes(fact.smartAccountId)
        ? c
        : { ...c, activeSmartAccountIds: [...c.activeSmartAccountIds, fact.smartAccountId].sort() };
  }
}

export const onExportHold = (c: DepositConditions) =>
  c.holdPlacedAt !== null && (c.holdReleasedAt === null || c.holdPlacedAt.getTime() > c.holdReleasedAt.getTime());

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
