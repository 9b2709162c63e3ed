import {
  depositGuard,
  noConditions,
  recordFact,
  type DepositConditions,
  type OrderFact,
  type OrderLine,
  type WaitReason,
} from './deposit-guard';
import { event, type Decision, type DomainEvent } from './events';

/** A sales order as licensing sees it: ERP facts, its Smart Account assignment (and history) and deposits. */
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

export interface LicensingOrder {
  orderNumber: string;
  webOrderNumber: string | null;
  /** The customer account (null until the booking is known: the order is then invisible). */
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

export interface Booking {
  orderNumber: string;
  webOrderNumber: string | null;
  accountId: string;
  resellerAccountId: string | null;
  purchaseAuthorizationId: string | null;
  lines: OrderLine[];
  term: Term | null;
}

/** The ERP booked the order: lines, account and partner of record become known. A repeat changes nothing. */
export function recordBooking(current: LicensingOrder | null, booking: Booking, now: Date): Decision<LicensingOrder> {
  const order = current ?? newLicensingOrder(booking.orderNumber);
  return settle(
    {
      ...order,
      webOrderNumber: booking.webOrderNumber,
      accountId: booking.accountId,
      resellerAccountId: booking.resellerAccountId,
      purchaseAuthorizationId: booking.purchaseAuthorizationId,
      lines: booking.lines.map((l) => ({ lineNumber: l.lineNumber, sku: l.sku, kind: l.kind, quantity: l.quantity })),
      term: booking.term,
    },
    now,
  );
}

/** Shipment, confirmation, cancellation, export hold placed/released, Smart Account activation: in any order. */
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
