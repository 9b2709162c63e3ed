// What "every effect exactly once, per-key order kept" means for a run of lifecycles, checked against the stored
// sales orders and the order events topic. Each finding names an order, so a failure says what went wrong where.
import type { AnyEnvelope } from '@portal/contracts';
import { shapedStateOf } from '@portal/platform';
import { salesOrderDocument } from '../../../services/order/src/store/sales-order-document';
import type { Lifecycle } from './lifecycles';
import type { OrderReplicas } from './order-replicas';

export interface Verdict {
  inputs: number;
  orders: number;
  stored: number;
  outputs: number;
  expectedOutputs: number;
  duplicateEventIds: number;
  /** Up to 20 findings: wrong stored state, missing or doubled effects, events out of order. */
  findings: string[];
  findingCount: number;
}

interface SalesOrderDoc {
  _id: string;
  revision?: number;
  appliedEventIds?: string[];
}

export async function verify(world: OrderReplicas, all: Lifecycle[]): Promise<Verdict> {
  const findings: string[] = [];
  const wanted = new Map(all.map((l) => [l.orderNumber, l]));

  // Stored: each order once, with the state its last step implies, every input applied exactly once.
  const docs = (await world.salesOrders().find({}).toArray()) as SalesOrderDoc[];
  const stored = docs.filter((d) => wanted.has(d._id));
  const storedIds = new Set(stored.map((d) => d._id));
  for (const l of all) if (!storedIds.has(l.orderNumber)) findings.push(`${l.orderNumber}: not stored`);
  for (const doc of stored) {
    const l = wanted.get(doc._id)!;
    const last = l.expected[l.expected.length - 1]!;
    if (doc.revision !== l.events.length)
      findings.push(`${doc._id}: stored revision ${doc.revision}, expected ${l.events.length}`);
    // The stored layout keeps only the view's queried fields; the view is what the state derives (order's shape).
    const view = shapedStateOf(doc, salesOrderDocument).view;
    if (view?.status !== last.status || view?.exportHold !== last.exportHold)
      findings.push(`${doc._id}: stored ${JSON.stringify(view && pick(view))}, expected ${JSON.stringify(last)}`);
    const applied = (doc.appliedEventIds ?? []).filter((id) => l.events.some((e) => e.eventId === id));
    if (applied.length !== l.events.length || new Set(applied).size !== applied.length)
      findings.push(`${doc._id}: ${applied.length} applications recorded for ${l.events.length} ERP events`);
  }

  // Published: one event per input, ids unique, and per key in the order of the inputs (revision 1, 2, ...,
  // each carrying the view after that many steps; the topic keeps per-partition order, so per key too).
  const output = await world.readOutput();
  const ids = new Set<string>();
  let duplicateEventIds = 0;
  const perOrder = new Map<string, AnyEnvelope[]>();
  for (const event of output) {
    if (ids.has(event.eventId)) duplicateEventIds++;
    ids.add(event.eventId);
    perOrder.set(event.aggregateId, [...(perOrder.get(event.aggregateId) ?? []), event]);
  }
  for (const l of all) {
    const events = perOrder.get(l.orderNumber) ?? [];
    const seen = events.map((e) => {
      const p = e.payload as { revision: number; status: string; exportHold: boolean };
      return `${e.eventType === 'SalesOrderRecorded' ? 'R' : 'U'}${p.revision}:${p.status}${p.exportHold ? '+hold' : ''}`;
    });
    const expected = l.expected.map(
      (v, k) => `${k === 0 ? 'R' : 'U'}${k + 1}:${v.status}${v.exportHold ? '+hold' : ''}`,
    );
    if (seen.join(' ') !== expected.join(' '))
      findings.push(`${l.orderNumber}: published [${seen.join(' ')}], expected [${expected.join(' ')}]`);
  }
  const expectedOutputs = all.reduce((n, l) => n + l.events.length, 0);
  const strangers = output.filter((e) => !wanted.has(e.aggregateId)).length;
  if (strangers > 0) findings.push(`${strangers} order events for orders this run did not book`);
  return {
    inputs: expectedOutputs,
    orders: all.length,
    stored: stored.length,
    outputs: output.length,
    expectedOutputs,
    duplicateEventIds,
    findings: findings.slice(0, 20),
    findingCount: findings.length,
  };
}

const pick = (view: { status?: string; exportHold?: boolean }) => ({
  status: view.status,
  exportHold: view.exportHold,
});

/** One line for logs and the benchmark. */
export const summary = (v: Verdict) =>
  `${v.inputs} ERP events over ${v.orders} orders: ${v.stored} stored, ${v.outputs} order events published ` +
  `(${v.expectedOutputs} implied), ${v.duplicateEventIds} duplicate eventIds, ${v.findingCount} findings`;
