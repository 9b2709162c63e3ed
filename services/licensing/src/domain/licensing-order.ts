import {
  depositGuard,
  noConditions,
  recordFact,
  revisionOf,
  type DepositConditions,
  type OrderFact,
  type OrderLine,
  type SalesOrderProgress,
  type WaitReason,
} from './deposit-guard';
import { event, type Decision, type DomainEvent } from './events';

export interface Term {
  startDate: string;
  endDate: string;
}

export interface Assignment {
  smartAccountId: string;
  virtualAccountId: string;
  holdingAccount: boolean;
  assignedBy: string;
  assignedAt: Date;
}

export interface AssignmentHistoryEntry extends Assignment {
  replacedAt: Date;
  replacedBy: string;
}

export interface Entitlement {
  orderNumber: string;
  lineNumber: number;
  sku: string;
  quantity: number;
  term: Term | null;
  smartAccountId: string;
  virtualAccountId: string;
  depositedAt: Date;
}

/** A sales order as licensing sees it: the order service's snapshot, its Smart Account assignment and deposits. */
export interface LicensingOrder {
  orderNumber: string;
  webOrderNumber: string | null;
  /** The customer account (null until the order's snapshot is known: the order is then invisible). */
  accountId: string | null;
  resellerAccountId: string | null;
  purchaseAuthorizationId: string | null;
  lines: OrderLine[] | null;
  term: Term | null;
  conditions: DepositConditions;
  assignment: Assignment | null;
  history: AssignmentHistoryEntry[];
  entitlements: Entitlement[];
  /** The reasons last published (AssignmentWaiting is published only when they change). */
  waitingReasons: WaitReason[];
}

export const newLicensingOrder = (orderNumber: string): LicensingOrder => ({
  orderNumber,
  webOrderNumber: null,
  accountId: null,
  resellerAccountId: null,
  purchaseAuthorizationId: null,
  lines: null,
  term: null,
  conditions: noConditions(),
  assignment: null,
  history: [],
  entitlements: [],
  waitingReasons: [],
});

/** What licensing reads from the order service's SalesOrderRecorded/SalesOrderUpdated snapshot. */
export interface SalesOrderSnapshot extends SalesOrderProgress {
  orderNumber: string;
  webOrderNumber: string | null;
  accountId: string;
  resellerAccountId: string | null;
  purchaseAuthorizationId: string | null;
  lines: OrderLine[];
  term: Term | null;
}

/**
 * The order service published the order's snapshot: lines, account, partner of record and progress (shipped,
 * confirmed, cancelled, export hold) become those of the highest revision seen. An older or repeated snapshot
 * changes nothing, whatever order they arrive in.
 */
export function recordSalesOrder(
  current: LicensingOrder | null,
  snapshot: SalesOrderSnapshot,
  now: Date,
): Decision<LicensingOrder> {
  const order = current ?? newLicensingOrder(snapshot.orderNumber);
  if (snapshot.revision <= revisionOf(order.conditions)) return { state: order, events: [] };
  const { revision, shippedAt, confirmedAt, cancelledAt, exportHold } = snapshot;
  return settle(
    {
      ...order,
      webOrderNumber: snapshot.webOrderNumber,
      accountId: snapshot.accountId,
      resellerAccountId: snapshot.resellerAccountId,
      purchaseAuthorizationId: snapshot.purchaseAuthorizationId,
      lines: snapshot.lines.map((l) => ({ lineNumber: l.lineNumber, sku: l.sku, kind: l.kind, quantity: l.quantity })),
      term: snapshot.term,
      conditions: recordFact(order.conditions, {
        kind: 'sales-order',
        revision,
        shippedAt,
        confirmedAt,
        cancelledAt,
        exportHold,
      }),
    },
    now,
  );
}

/** A fact of licensing's own (a Smart Account activation), in any order. */
export function recordOrderFact(
  current: LicensingOrder | null,
  orderNumber: string,
  fact: OrderFact,
  now: Date,
): Decision<LicensingOrder> {
  const order = current ?? newLicensingOrder(orderNumber);
  return settle({ ...order, conditions: recordFact(order.conditions, fact) }, now);
}

const sameReasons = (a: readonly WaitReason[], b: readonly WaitReason[]) =>
  a.length === b.length && a.every((r, i) => r === b[i]);

/** Applies the deposit guard: deposits every pending licence line once, or publishes why the assignment waits. */
export function settle(order: LicensingOrder, now: Date): Decision<LicensingOrder> {
  const a = order.assignment;
  const verdict = depositGuard({
    conditions: order.conditions,
    lines: order.lines,
    target: a,
    depositedLineNumbers: order.entitlements.map((e) => e.lineNumber),
  });
  if (verdict.verdict === 'idle' || a === null) {
    return {
      state: order.waitingReasons.length > 0 && a === null ? { ...order, waitingReasons: [] } : order,
      events: [],
    };
  }
  if (verdict.verdict === 'wait') {
    if (sameReasons(order.waitingReasons, verdict.reasons)) return { state: order, events: [] };
    return {
      state: { ...order, waitingReasons: verdict.reasons },
      events: [
        event('AssignmentWaiting', {
          orderNumber: order.orderNumber,
          webOrderNumber: order.webOrderNumber,
          smartAccountId: a.smartAccountId,
          virtualAccountId: a.virtualAccountId,
          reasons: verdict.reasons,
        }),
      ],
    };
  }
  const deposited: Entitlement[] = verdict.lines.map((l) => ({
    orderNumber: order.orderNumber,
    lineNumber: l.lineNumber,
    sku: l.sku,
    quantity: l.quantity,
    term: order.term,
    smartAccountId: a.smartAccountId,
    virtualAccountId: a.virtualAccountId,
    depositedAt: now,
  }));
  const events: DomainEvent[] = [
    event('LicencesDeposited', {
      orderNumber: order.orderNumber,
      webOrderNumber: order.webOrderNumber,
      smartAccountId: a.smartAccountId,
      virtualAccountId: a.virtualAccountId,
      entitlements: deposited.map((e) => ({
        lineNumber: e.lineNumber,
        sku: e.sku,
        quantity: e.quantity,
        term: e.term,
      })),
      depositedAt: now,
    }),
  ];
  return { state: { ...order, entitlements: [...order.entitlements, ...deposited], waitingReasons: [] }, events };
}

/** What the assignment page shows: the target, why it waits, what was deposited. */
export function assignmentStatus(order: LicensingOrder): 'unassigned' | 'waiting' | 'deposited' | 'assigned' {
  if (order.assignment === null) return 'unassigned';
  if (order.waitingReasons.length > 0) return 'waiting';
  if (order.entitlements.length > 0) return 'deposited';
  return 'assigned';
}
