/**
 * Sales order (copied from the ERP), kept as a set of FACTS rather than a status field, so the order in which the
 * ERP's events arrive does not matter:
 * - the booked snapshot (the latest booking by ERP time wins; a re-booking replaces lines, ship-to, term...),
 * - shipments (each kept; serial numbers and warranty ends merged into the lines),
 * - confirmedAt / cancelledAt (earliest instant wins),
 * - export hold placements and releases (the hold is in force when the latest placement is after the latest release).
 * The status is DERIVED: cancelled > confirmed > shipped > booked. An order whose booking has not arrived yet keeps
 * its facts but has no view: it is neither visible nor published until the booking arrives (nothing is lost).
 * Each fact returns the events it causes: SalesOrderRecorded when the view first exists, SalesOrderUpdated when the
 * view changes, nothing when the fact changes nothing visible.
 */
import type {
  SalesOrderBookedPayload,
  SalesOrderRecordedPayload,
  SalesOrderUpdatedPayload,
  ShippedLine,
} from '@portal/contracts';
import type { Address, DomainEvent, FactSource, Money, SalesOrderLine, SalesOrderStatus, Term } from './types';

export interface BookedSnapshot {
  eventId: string;
  occurredAt: Date;
  webOrderNumber: string | null;
  contractNumber: string | null;
  placedAt: Date;
  currency: string;
  lines: SalesOrderLine[];
  shipTo: Address;
  term: Term | null;
  resellerAccountId: string | null;
  upgradeRequestId: string | null;
  purchaseAuthorizationId: string | null;
}

export interface ShipmentFact {
  eventId: string;
  shippedAt: Date;
  lines: ShippedLine[];
}

export interface SalesOrderFacts {
  orderNumber: string;
  accountId: string;
  booked: BookedSnapshot | null;
  shipments: ShipmentFact[];
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  holdsPlaced: { at: Date; reason: string | null }[];
  holdsReleased: Date[];
}

export interface SalesOrderView {
  orderNumber: string;
  accountId: string;
  webOrderNumber: string | null;
  contractNumber: string | null;
  status: SalesOrderStatus;
  exportHold: boolean;
  exportHoldReason: string | null;
  shipped: boolean;
  confirmed: boolean;
  cancelled: boolean;
  placedAt: Date;
  shippedAt: Date | null;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  currency: string;
  lines: SalesOrderLine[];
  lineWarranties: { lineNumber: number; warrantyEndsOn: string }[];
  shipTo: Address;
  term: Term | null;
  resellerAccountId: string | null;
  upgradeRequestId: string | null;
  purchaseAuthorizationId: string | null;
  total: Money;
}

/** What is stored per order: the facts, the derived view (for queries) and how often the view was published. */
export interface SalesOrderState extends SalesOrderFacts {
  view: SalesOrderView | null;
  revision: number;
}

export type SalesOrderFact =
  | ({ kind: 'booked' } & Omit<SalesOrderBookedPayload, 'orderNumber'>)
  | { kind: 'shipped'; shippedAt: Date; shipments: ShippedLine[] }
  | { kind: 'confirmed'; confirmedAt: Date }
  | { kind: 'cancelled'; cancelledAt: Date; reason: string | null }
  | { kind: 'export-hold-placed'; placedAt: Date; reason: string | null }
  | { kind: 'export-hold-released'; releasedAt: Date };

export type SalesOrderEvent =
  | DomainEvent<'SalesOrderRecorded', SalesOrderRecordedPayload>
  | DomainEvent<'SalesOrderUpdated', SalesOrderUpdatedPayload>;

const earliest = (a: Date | null, b: Date): Date => (a && a.getTime() <= b.getTime() ? a : b);
const latestTime = (dates: Date[]): number => dates.reduce((max, d) => Math.max(max, d.getTime()), -Infinity);

/** True when `candidate` is a later booking than `current` (ERP time, then event id, so any arrival order agrees). */
function isLaterBooking(candidate: BookedSnapshot, current: BookedSnapshot | null): boolean {
  if (!current) return true;
  const dt = candidate.occurredAt.getTime() - current.occurredAt.getTime();
  return dt !== 0 ? dt > 0 : candidate.eventId > current.eventId;
}

const emptyFacts = (orderNumber: string, accountId: string): SalesOrderFacts => ({
  orderNumber,
  accountId,
  booked: null,
  shipments: [],
  confirmedAt: null,
  cancelledAt: null,
  cancelReason: null,
  holdsPlaced: [],
  holdsReleased: [],
});

/** Adds one ERP fact to the order's facts. Pure and commutative: any arrival order gives the same facts. */
export function addFact(facts: SalesOrderFacts, fact: SalesOrderFact, source: FactSource): SalesOrderFacts {
  const next: SalesOrderFacts = { ...facts };
  // The account is the booking's; facts before it carry the envelope's account, which the booking then confirms.
  switch (fact.kind) {
    case 'booked': {
      const { kind: _kind, ...snapshot } = fact;
      const candidate: BookedSnapshot = { ...snapshot, eventId: source.eventId, occurredAt: source.occurredAt };
      if (isLaterBooking(candidate, facts.booked)) {
        next.booked = candidate;
        next.accountId = source.accountId;
      }
      break;
    }
    case 'shipped':
      if (!facts.shipments.some((s) => s.eventId === source.eventId)) {
        next.shipments = [
          ...facts.shipments,
          { eventId: source.eventId, shippedAt: fact.shippedAt, lines: fact.shipments },
        ].sort((a, b) => a.shippedAt.getTime() - b.shippedAt.getTime() || (a.eventId < b.eventId ? -1 : 1));
      }
      break;
    case 'confirmed':
      next.confirmedAt = earliest(facts.confirmedAt, fact.confirmedAt);
      break;
    case 'cancelled':
      if (!facts.cancelledAt || fact.cancelledAt.getTime() < facts.cancelledAt.getTime()) {
        next.cancelledAt = fact.cancelledAt;
        next.cancelReason = fact.reason;
      }
      break;
    case 'export-hold-placed':
      if (!facts.holdsPlaced.some((h) => h.at.getTime() === fact.placedAt.getTime())) {
        next.holdsPlaced = [...facts.holdsPlaced, { at: fact.placedAt, reason: fact.reason }].sort(
          (a, b) => a.at.getTime() - b.at.getTime(),
        );
      }
      break;
    case 'export-hold-released':
      if (!facts.holdsReleased.some((d) => d.getTime() === fact.releasedAt.getTime())) {
        next.holdsReleased = [...facts.holdsReleased, fact.releasedAt].sort((a, b) => a.getTime() - b.getTime());
      }
      break;
  }
  return next;
}

export function deriveStatus(
  facts: Pick<SalesOrderFacts, 'cancelledAt' | 'confirmedAt' | 'shipments'>,
): SalesOrderStatus {
  if (facts.cancelledAt) return 'cancelled';
  if (facts.confirmedAt) return 'confirmed';
  if (facts.shipments.length > 0) return 'shipped';
  return 'booked';
}

/** The export hold is in force when the latest placement is later than the latest release. */
export function exportHoldInForce(facts: Pick<SalesOrderFacts, 'holdsPlaced' | 'holdsReleased'>): boolean {
  if (facts.holdsPlaced.length === 0) return false;
  return latestTime(facts.holdsPlaced.map((h) => h.at)) > latestTime(facts.holdsReleased);
}

/** The order as users and downstream services see it, or null while its booking is unknown. */
export function deriveView(facts: SalesOrderFacts): SalesOrderView | null {
  const booked = facts.booked;
  if (!booked) return null;
  const shippedSerials = new Map<number, string[]>();
  const warranties = new Map<number, string>();
  for (const shipment of facts.shipments) {
    for (const line of shipment.lines) {
      shippedSerials.set(line.lineNumber, [...(shippedSerials.get(line.lineNumber) ?? []), ...line.serialNumbers]);
      if (line.warrantyEndsOn) warranties.set(line.lineNumber, line.warrantyEndsOn);
    }
  }
  const lines = booked.lines.map((line) => ({
    ...line,
    serialNumbers: [...new Set([...line.serialNumbers, ...(shippedSerials.get(line.lineNumber) ?? [])])],
  }));
  const onHold = exportHoldInForce(facts);
  const status = deriveStatus(facts);
  return {
    orderNumber: facts.orderNumber,
    accountId: facts.accountId,
    webOrderNumber: booked.webOrderNumber,
    contractNumber: booked.contractNumber,
    status,
    exportHold: onHold,
    exportHoldReason: onHold ? (facts.holdsPlaced[facts.holdsPlaced.length - 1]?.reason ?? null) : null,
    shipped: facts.shipments.length > 0,
    confirmed: facts.confirmedAt !== null,
    cancelled: facts.cancelledAt !== null,
    placedAt: booked.placedAt,
    shippedAt: facts.shipments[0]?.shippedAt ?? null,
    confirmedAt: facts.confirmedAt,
    cancelledAt: facts.cancelledAt,
    cancelReason: facts.cancelReason,
    currency: booked.currency,
    lines,
    lineWarranties: [...warranties]
      .sort(([a], [b]) => a - b)
      .map(([lineNumber, warrantyEndsOn]) => ({ lineNumber, warrantyEndsOn })),
    shipTo: booked.shipTo,
    term: booked.term,
    resellerAccountId: booked.resellerAccountId,
    upgradeRequestId: booked.upgradeRequestId,
    purchaseAuthorizationId: booked.purchaseAuthorizationId,
    total: {
      amountMinor: lines.reduce((sum, l) => sum + l.unitPrice.amountMinor * l.quantity, 0),
      currency: booked.currency,
    },
  };
}

/** Stable comparison of two views (Dates compare by instant). */
export const sameView = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function toSalesOrderPayload(
  view: SalesOrderView,
  revision: number,
  facts: Pick<SalesOrderFacts, 'shipments'>,
): SalesOrderRecordedPayload {
  return {
    orderNumber: view.orderNumber,
    webOrderNumber: view.webOrderNumber,
    contractNumber: view.contractNumber,
    status: view.status,
    exportHold: view.exportHold,
    exportHoldReason: view.exportHoldReason,
    shipped: view.shipped,
    confirmed: view.confirmed,
    cancelled: view.cancelled,
    placedAt: view.placedAt,
    shippedAt: view.shippedAt,
    confirmedAt: view.confirmedAt,
    cancelledAt: view.cancelledAt,
    currency: view.currency,
    lines: view.lines,
    lineWarranties: view.lineWarranties,
    // Each shipment as shipped (serials and warranty end per line): consumers build one device per serial from it.
    shipments: facts.shipments.map((s) => ({ shippedAt: s.shippedAt, lines: s.lines })),
    shipTo: view.shipTo,
    term: view.term,
    resellerAccountId: view.resellerAccountId,
    upgradeRequestId: view.upgradeRequestId,
    purchaseAuthorizationId: view.purchaseAuthorizationId,
    revision,
  };
}

/**
 * Records one ERP fact on a sales order (null when the order is not known yet). Returns the new state and the
 * events it causes, or null when the fact changes nothing (a replay under a new event id, an older booking...).
 */
export function recordSalesOrderFact(
  current: SalesOrderState | null,
  orderNumber: string,
  fact: SalesOrderFact,
  source: FactSource,
): { state: SalesOrderState; events: SalesOrderEvent[] } | null {
  const before: SalesOrderFacts = current ? factsOf(current) : emptyFacts(orderNumber, source.accountId);
  const facts = addFact(before, fact, source);
  if (current && sameView(facts, before)) return null;
  const view = deriveView(facts);
  const previous = current?.view ?? null;
  let revision = current?.revision ?? 0;
  const events: SalesOrderEvent[] = [];
  if (view && !sameView(view, previous)) {
    revision += 1;
    events.push({
      type: previous ? 'SalesOrderUpdated' : 'SalesOrderRecorded',
      payload: toSalesOrderPayload(view, revision, facts),
    });
  }
  return { state: { ...facts, view, revision }, events };
}

function factsOf(state: SalesOrderState): SalesOrderFacts {
  const { view: _view, revision: _revision, ...facts } = state;
  return facts;
}
